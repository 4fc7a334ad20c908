package io.agritrace.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.agritrace.ui.internal.views.BatchNavigatorView;
import io.agritrace.ui.internal.views.CreditView;
import io.agritrace.ui.internal.views.MasterDataView;
import io.agritrace.ui.internal.views.TraceView;

/**
 * Batch Navigator on the left, batch editors on the right; other bundles add
 * their views below the navigator ({@value #BELOW_NAVIGATOR}) or, shown when
 * asked for, below the editors ({@value #BELOW_EDITORS}); large views open
 * over the editors ({@value #OVER_EDITORS}), views told beside an editor in a
 * column of their own right of them ({@value #BESIDE_EDITORS}): no view opened
 * later squeezes another into a sliver.
 */
public final class TraceabilityPerspective implements IPerspectiveFactory {

	public static final String ID = "io.agritrace.ui.perspectives.traceability"; //$NON-NLS-1$
	/** The folder under the navigator, for perspective extensions. */
	public static final String BELOW_NAVIGATOR = "io.agritrace.ui.folders.belowNavigator"; //$NON-NLS-1$
	/** The folder under the editors, where the Properties view and other wide views open when asked for. */
	public static final String BELOW_EDITORS = "io.agritrace.ui.folders.belowEditors"; //$NON-NLS-1$
	/** The column right of the editors (45 % of their room), for views read beside one: the scenario beside the dashboard. */
	public static final String BESIDE_EDITORS = "io.agritrace.ui.folders.besideEditors"; //$NON-NLS-1$
	/** The folder over the editors, for views that need an editor's room. */
	public static final String OVER_EDITORS = "io.agritrace.ui.folders.overEditors"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		// Wide enough at 1280 px for a lot's English name ("Changbai Mountain ginseng, fresh") beside its lot and trace code.
		layout.addView(BatchNavigatorView.ID, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
		layout.getViewLayout(BatchNavigatorView.ID).setCloseable(false);
		// The Trace view is where a scanner's code goes; other bundles stack their views beside it.
		IFolderLayout below = layout.createFolder(BELOW_NAVIGATOR, IPageLayout.BOTTOM, 0.68f, BatchNavigatorView.ID);
		below.addView(TraceView.ID);
		below.addView(MasterDataView.ID);
		// Created first, so that the column spans the window's height beside the editors and the folders on them;
		// at 1280 px, beside the navigator's 45 %, it keeps the scenario's 300 px.
		layout.createPlaceholderFolder(BESIDE_EDITORS, IPageLayout.RIGHT, 0.55f, layout.getEditorArea());
		// Wide tables open below the editors when asked for, beside whatever view's selection they show.
		layout.createPlaceholderFolder(BELOW_EDITORS, IPageLayout.BOTTOM, 0.65f, layout.getEditorArea())
				.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		// Views as large as an editor (credit profiles) open over the editors, which stay below them.
		layout.createPlaceholderFolder(OVER_EDITORS, IPageLayout.TOP, 0.7f, layout.getEditorArea())
				.addPlaceholder(CreditView.ID);
		layout.addShowViewShortcut(BatchNavigatorView.ID);
		layout.addShowViewShortcut(TraceView.ID);
		layout.addShowViewShortcut(MasterDataView.ID);
	}
}
