package io.agritrace.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

/** Window size, title and the bars the window shows. */
final class AgriTraceWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Where AgriTrace's keys are bound (Ctrl+F finds a lot rather than text no editor here holds). */
	static final String WORKBENCH_CONTEXT = "io.agritrace.ui.contexts.workbench"; //$NON-NLS-1$

	AgriTraceWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(Messages.Window_title);
	}

	@Override
	public void postWindowOpen() {
		getWindowConfigurer().getWindow().getService(IContextService.class).activateContext(WORKBENCH_CONTEXT);
	}
}
