package io.agritrace.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CodeLookup;
import io.agritrace.ui.internal.CommonMessages;

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
		open(window, dialog.getValue(), Messages.FindHandler_title, editor -> {
			// Opened: nothing more to do.
		});
		return null;
	}

	/**
	 * Looks the code up in a Job and opens its batch, then hands the editor to
	 * {@code opened} on the UI thread; a code that names no batch is said in a
	 * dialog with {@code title}.
	 */
	static void open(IWorkbenchWindow window, String code, String title, Consumer<IEditorPart> opened) {
		WorkspaceStore workspace = window.getService(WorkspaceStore.class);
		Job lookup = Job.create(NLS.bind(CommonMessages.FindHandler_job, code), (IProgressMonitor monitor) -> {
			CodeLookup found = CodeLookup.of(workspace.get(), code);
			window.getShell().getDisplay().asyncExec(() -> {
				if (found.batch() == null) {
					MessageDialog.openInformation(window.getShell(), title, found.problem());
				} else {
					open(window, found.batch(), opened);
				}
			});
			return Status.OK_STATUS;
		});
		lookup.setUser(true);
		lookup.schedule();
	}

	private static void open(IWorkbenchWindow window, ProductBatch batch, Consumer<IEditorPart> opened) {
		try {
			opened.accept(window.getActivePage().openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
