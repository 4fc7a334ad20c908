package io.agritrace.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.jobs.ImportEpcisJob;

/** Asks for an EPCIS document (JSON-LD or XML) and imports it in the background. */
public final class ImportEpcisHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.ImportHandler_title);
		dialog.setFilterExtensions(new String[] { "*.jsonld;*.json;*.xml", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file != null) {
			ImportEpcisJob job = new ImportEpcisJob(HandlerUtil.getActiveWorkbenchWindow(event).getService(WorkspaceStore.class),
					Path.of(file));
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent done) {
					// Errors are shown by the workbench; a finished import says what it did.
					if (done.getResult().getSeverity() == IStatus.OK && !shell.isDisposed()) {
						shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell,
								Messages.ImportHandler_title, done.getResult().getMessage()));
					}
				}
			});
			job.schedule();
		}
		return null;
	}
}
