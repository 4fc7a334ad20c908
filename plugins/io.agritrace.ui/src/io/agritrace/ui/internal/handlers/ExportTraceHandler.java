package io.agritrace.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.jobs.ExportTraceJob;

/** Exports the trace of the selected batch, or of the active Batch editor's, to a file. */
public final class ExportTraceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProductBatch batch = batch(event);
		if (batch == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExportHandler_title);
		dialog.setFilterExtensions(new String[] { "*.jsonld" }); //$NON-NLS-1$
		dialog.setFileName(batch.lot() + ".jsonld"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			new ExportTraceJob(HandlerUtil.getActiveWorkbenchWindow(event).getService(WorkspaceStore.class), batch.code(),
					Path.of(file)).schedule();
		}
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
