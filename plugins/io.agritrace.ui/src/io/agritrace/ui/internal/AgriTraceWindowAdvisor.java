package io.agritrace.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

/** Window size (inside the screen), title and the bars the window shows. */
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
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getService(IContextService.class).activateContext(WORKBENCH_CONTEXT);
		fitToMonitor(window.getShell());
	}

	/**
	 * Brings the window inside its monitor's client area: the size saved on a 1920 × 1080 display came back
	 * on 1280 × 800 and ran off the screen. A maximized or full-screen window fits already and stays so.
	 */
	static void fitToMonitor(Shell shell) {
		if (shell.getMaximized() || shell.getFullScreen()) {
			return;
		}
		Rectangle area = shell.getMonitor().getClientArea();
		Rectangle bounds = shell.getBounds();
		int width = Math.min(bounds.width, area.width);
		int height = Math.min(bounds.height, area.height);
		Rectangle fitted = new Rectangle(Math.clamp(bounds.x, area.x, area.x + area.width - width),
				Math.clamp(bounds.y, area.y, area.y + area.height - height), width, height);
		if (!fitted.equals(bounds)) {
			shell.setBounds(fitted);
		}
	}
}
