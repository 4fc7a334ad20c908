package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.internal.wizards.ImportWizard;

/** Opens the Import wizard: a partner's EPCIS document or a CSV of parties or batches, previewed before it is written. */
public final class ImportEpcisHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null) {
			ImportWizard wizard = new ImportWizard();
			wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
			new WizardDialog(window.getShell(), wizard).open();
		}
		return null;
	}
}
