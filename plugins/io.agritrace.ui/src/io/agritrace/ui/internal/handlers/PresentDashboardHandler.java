package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.internal.dashboard.DashboardEditor;
import io.agritrace.ui.internal.dashboard.DashboardInput;

/** Opens the dashboard and presents it full screen, a panel at a time (also on start with {@code -presentation}). */
public final class PresentDashboardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			((DashboardEditor) page.openEditor(new DashboardInput(), DashboardEditor.ID)).present();
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
