package io.agritrace.ui.internal;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens windows on the Traceability perspective. */
final class AgriTraceWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AgriTraceWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return TraceabilityPerspective.ID;
	}

	/** The managed local chain starts with the workbench, in the background. */
	@Override
	public void postStartup() {
		AgriTraceUiPlugin.getDefault().startAnchoring();
	}

	@Override
	public boolean preShutdown() {
		AgriTraceUiPlugin.getDefault().stopAnchoring();
		return true;
	}
}
