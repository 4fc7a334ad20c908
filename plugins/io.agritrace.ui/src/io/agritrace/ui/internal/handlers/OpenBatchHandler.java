package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;

/** Opens a Batch editor for each selected batch. */
public final class OpenBatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		ISelection selection = HandlerUtil.getActiveMenuSelection(event);
		if (selection == null) {
			selection = HandlerUtil.getCurrentSelection(event);
		}
		if (!(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		for (Object element : structured) {
			if (element instanceof ProductBatch batch) {
				try {
					page.openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
				} catch (PartInitException e) {
					throw new ExecutionException(e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
