package io.agritrace.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.agritrace.ui.internal.views.AnchorOutboxView;
import io.agritrace.ui.internal.views.BatchNavigatorView;

/** Batch Navigator on the left over the anchor outbox, batch editors on the right. */
public final class TraceabilityPerspective implements IPerspectiveFactory {

	public static final String ID = "io.agritrace.ui.perspectives.traceability"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(BatchNavigatorView.ID, IPageLayout.LEFT, 0.38f, layout.getEditorArea());
		layout.getViewLayout(BatchNavigatorView.ID).setCloseable(false);
		layout.addView(AnchorOutboxView.ID, IPageLayout.BOTTOM, 0.68f, BatchNavigatorView.ID);
		layout.addShowViewShortcut(BatchNavigatorView.ID);
		layout.addShowViewShortcut(AnchorOutboxView.ID);
	}
}
