package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.internal.wizards.ExportTraceWizard;

/** Opens the Export Trace wizard on the selected batch, or the active Batch editor's. */
public final class ExportTraceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		ProductBatch batch = batch(event);
		ExportTraceWizard wizard = new ExportTraceWizard();
		wizard.init(window.getWorkbench(), batch == null ? StructuredSelection.EMPTY : new StructuredSelection(batch));
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}

	private static ProductBatch batch(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getActiveMenuSelection(event);
		if (selection == null) {
			selection = HandlerUtil.getCurrentSelection(event);
		}
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ProductBatch b) {
			return b;
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof BatchEditorInput input ? input.batch() : null;
	}
}
