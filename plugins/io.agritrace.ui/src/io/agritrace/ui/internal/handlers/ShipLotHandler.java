package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.wizards.RecordEventWizard;

/**
 * Ship…: the Record Event wizard on its shipping page, with the selected lot,
 * the organisation and site that hold it and the quantity held filled in.
 */
public final class ShipLotHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ISelection selection = HandlerUtil.getActiveMenuSelection(event);
		if (selection == null) {
			selection = HandlerUtil.getCurrentSelection(event);
		}
		if (window == null || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof ProductBatch batch)) {
			return null;
		}
		WizardDialog dialog = new WizardDialog(window.getShell(),
				RecordEventWizard.shipping(batch.code(), window.getService(WorkspaceStore.class)));
		// Modal, but the handler returns at once, as File > New does.
		dialog.setBlockOnOpen(false);
		dialog.open();
		return null;
	}
}
