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
}
