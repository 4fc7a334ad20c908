package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CodeLookup;
import io.agritrace.ui.internal.Messages;

/**
 * Asks for a trace code (from a label), a Digital Link or an EPC URI and opens
 * the batch it names, looked up in the background.
 */
public final class FindByCodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		InputDialog dialog = new InputDialog(window.getShell(), Messages.FindHandler_title, Messages.FindHandler_prompt,
				"", null); //$NON-NLS-1$
		if (dialog.open() != Window.OK || dialog.getValue().isBlank()) {
			return null;
		}
		String code = dialog.getValue();
		WorkspaceStore workspace = window.getService(WorkspaceStore.class);
		Job lookup = Job.create(NLS.bind(Messages.FindHandler_job, code), (IProgressMonitor monitor) -> {
			CodeLookup found = CodeLookup.of(workspace.get(), code);
			if (found.batch() == null) {
				tell(window, found.problem());
			} else {
				open(window, found.batch());
			}
			return Status.OK_STATUS;
		});
		lookup.setUser(true);
		lookup.schedule();
		return null;
	}

	private static void tell(IWorkbenchWindow window, String message) {
		window.getShell().getDisplay().asyncExec(() -> MessageDialog.openInformation(window.getShell(), Messages.FindHandler_title, message));
	}

	private static void open(IWorkbenchWindow window, ProductBatch batch) {
		window.getShell().getDisplay().asyncExec(() -> {
			try {
				window.getActivePage().openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		});
	}
}
