package io.agritrace.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.agritrace.ui.internal.views.BatchNavigatorView;
import io.agritrace.ui.internal.views.TraceView;

/**
 * Batch Navigator on the left, batch editors on the right; other bundles add
 * their views below the navigator ({@value #BELOW_NAVIGATOR}).
 */
public final class TraceabilityPerspective implements IPerspectiveFactory {

	public static final String ID = "io.agritrace.ui.perspectives.traceability"; //$NON-NLS-1$
	/** The folder under the navigator, for perspective extensions. */
	public static final String BELOW_NAVIGATOR = "io.agritrace.ui.folders.belowNavigator"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(BatchNavigatorView.ID, IPageLayout.LEFT, 0.38f, layout.getEditorArea());
		layout.getViewLayout(BatchNavigatorView.ID).setCloseable(false);
		// The Trace view is where a scanner's code goes; other bundles stack their views beside it.
		layout.createFolder(BELOW_NAVIGATOR, IPageLayout.BOTTOM, 0.68f, BatchNavigatorView.ID).addView(TraceView.ID);
		layout.addShowViewShortcut(BatchNavigatorView.ID);
		layout.addShowViewShortcut(TraceView.ID);
	}
}
