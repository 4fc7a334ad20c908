package io.agritrace.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens windows on the Traceability perspective, as the user left them. */
final class AgriTraceWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Without it the workbench starts afresh each time: no editor open at exit would come back. */
	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AgriTraceWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return TraceabilityPerspective.ID;
	}
}
