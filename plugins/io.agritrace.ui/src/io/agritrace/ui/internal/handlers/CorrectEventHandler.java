package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.wizards.CorrectEventWizard;

/** Opens the Correct Event wizard on the event selected in a timeline. */
public final class CorrectEventHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ISelection selection = HandlerUtil.getActiveMenuSelection(event);
		if (selection == null) {
			selection = HandlerUtil.getCurrentSelection(event);
		}
		if (window == null || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof EpcisEvent original)) {
			return null;
		}
		WizardDialog dialog = new WizardDialog(window.getShell(),
				new CorrectEventWizard(original, window.getService(WorkspaceStore.class)));
		// Modal, but the handler returns at once: the wizard closes itself after its last page.
		dialog.setBlockOnOpen(false);
		dialog.open();
		return null;
	}
}
