package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.internal.dashboard.DashboardEditor;
import io.agritrace.ui.internal.dashboard.DashboardInput;

/**
 * Opens the provincial dashboard in the editor area beside the navigator, as any editor, or brings it to the front;
 * a double-click on its tab gives it the window, and Present shows it full screen.
 */
public final class OpenDashboardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			page.openEditor(new DashboardInput(), DashboardEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
