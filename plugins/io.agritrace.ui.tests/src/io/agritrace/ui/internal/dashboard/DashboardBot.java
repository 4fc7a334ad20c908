package io.agritrace.ui.internal.dashboard;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import org.eclipse.ui.IEditorPart;

/** The dashboard as tests and benchmarks wait for it. */
public final class DashboardBot {

	private static final long TIMEOUT_MS = 60_000;

	private DashboardBot() {
	}

	/** Waits until the dashboard shows its figures and has drawn its charts. */
	public static void loaded(IEditorPart editor) {
		DashboardEditor dashboard = (DashboardEditor) editor;
		waitUntil("the dashboard", TIMEOUT_MS, () -> dashboard.model() != null //$NON-NLS-1$
				&& dashboard.charts().stream().allMatch(c -> c.drawing() != null));
		processEvents();
	}
}
