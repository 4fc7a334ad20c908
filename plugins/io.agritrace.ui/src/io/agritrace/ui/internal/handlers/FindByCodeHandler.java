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

import io.agritrace.service.LotFinder;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CodeLookup;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.LotChoiceDialog;

/**
 * Asks for a trace code (from a label), a lot number, a Digital Link, an EPC
 * URI or a GTIN with its lot, and opens the batch it names, looked up in the
 * background; the status line says what the code was read as.
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
	 * Looks the code up in a Job and opens its batch (the one the user chooses
	 * when a lot number names several), says in the status line what the code
	 * was read as, then hands the editor to {@code opened} on the UI thread; a
	 * code that names no batch is said in a dialog with {@code title}.
	 */
	static void open(IWorkbenchWindow window, String code, String title, Consumer<IEditorPart> opened) {
		WorkspaceStore workspace = window.getService(WorkspaceStore.class);
		Job lookup = Job.create(NLS.bind(CommonMessages.FindHandler_job, code), (IProgressMonitor monitor) -> {
			CodeLookup found = CodeLookup.of(workspace.get(), code);
			window.getShell().getDisplay().asyncExec(() -> {
				if (window.getShell().isDisposed()) {
					return;
				}
				if (found.problem() != null) {
					MessageDialog.openInformation(window.getShell(), title, found.problem());
					return;
				}
				LotFinder.Candidate chosen = LotChoiceDialog.choose(window.getShell(), found);
				if (chosen != null) {
					openChosen(window, chosen, found.said(chosen), opened);
				}
			});
			return Status.OK_STATUS;
		});
		lookup.setUser(true);
		lookup.schedule();
	}

	private static void openChosen(IWorkbenchWindow window, LotFinder.Candidate chosen, String said, Consumer<IEditorPart> opened) {
		try {
			IEditorPart editor = window.getActivePage().openEditor(new BatchEditorInput(chosen.batch()), BatchEditorInput.EDITOR_ID);
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(said);
			opened.accept(editor);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
