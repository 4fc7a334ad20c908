package io.agritrace.ui.internal;

import java.util.Arrays;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.WelcomeEditor;

/** Opens windows on the Traceability perspective, as the user left them. */
final class AgriTraceWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String PRESENTATION = "-presentation"; //$NON-NLS-1$
	private static final String PRESENT_DASHBOARD = "io.agritrace.ui.commands.presentDashboard"; //$NON-NLS-1$
	/**
	 * The platform's Security and Secure Storage pages, in English only and about
	 * the storage's own password: AgriTrace keeps its keys there (it stays at
	 * work), but its users have nothing to set on them.
	 */
	static final String SECURITY_PREFERENCES = "org.eclipse.equinox.security.ui.category"; //$NON-NLS-1$

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

	/** {@code ./agritrace -presentation} starts on the dashboard, full screen: the demo on a projector. */
	@Override
	public void postStartup() {
		PlatformUI.getWorkbench().getPreferenceManager().remove(SECURITY_PREFERENCES);
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (active != null && active.getActivePage() != null) {
			WelcomeEditor.openIfEmpty(active.getActivePage(), active.getService(WorkspaceStore.class));
		}
		if (Arrays.asList(Platform.getApplicationArgs()).contains(PRESENTATION)) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			// On a projector the window would come back at the size a desk's screen left it (1280 × 800 on
			// 1920 × 1080): the workbench seen after the presentation fills the screen the presentation did.
			Shell shell = window.getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
			shell.setMaximized(true);
			try {
				window.getService(IHandlerService.class).executeCommand(PRESENT_DASHBOARD, null);
			} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
		StartupMark.writeWhenIdle(PlatformUI.getWorkbench());
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return TraceabilityPerspective.ID;
	}
}
