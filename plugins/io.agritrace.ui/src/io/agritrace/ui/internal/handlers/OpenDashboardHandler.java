package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.internal.dashboard.DashboardEditor;
import io.agritrace.ui.internal.dashboard.DashboardInput;

/** Opens the provincial dashboard over the whole window, or brings it to the front. */
public final class OpenDashboardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			IEditorPart dashboard = page.openEditor(new DashboardInput(), DashboardEditor.ID);
			// A dashboard is looked at, not worked beside: it takes the window (a double-click on its tab gives it back).
			page.setPartState(page.getReference(dashboard), IWorkbenchPage.STATE_MAXIMIZED);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
