package io.agritrace.ui.internal.wizards;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.jobs.ImportJob;

/**
 * Imports a partner's EPCIS document (JSON-LD or XML) or a CSV of parties or
 * batches: the preview lists every problem before anything is written, then
 * the import runs as a Job that can be cancelled (it keeps nothing then).
 */
public final class ImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "io.agritrace.ui.wizards.import"; //$NON-NLS-1$

	private IWorkbench workbench;
	private ImportFilePage filePage;
	private ImportPreviewPage previewPage;

	public ImportWizard() {
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		workbench = bench;
	}

	@Override
	public void addPages() {
		filePage = new ImportFilePage();
		addPage(filePage);
		previewPage = new ImportPreviewPage(workbench.getService(WorkspaceStore.class), filePage::value);
		addPage(previewPage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		ProgressRoom.onlyWhileShown(pageContainer);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.importable() != null;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == filePage ? previewPage : null;
	}

	@Override
	public boolean performFinish() {
		ImportFilePage.Choice choice = previewPage.importable();
		ImportJob job = new ImportJob(workbench.getService(WorkspaceStore.class), choice.file(), choice.strict());
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				// Errors are shown by the workbench; a finished import says what it did, without
				// holding up whatever the user does meanwhile.
				if (done.getResult().getSeverity() == IStatus.OK && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> {
						MessageDialog message = new MessageDialog(shell, Messages.ImportWizard_title, null,
								done.getResult().getMessage(), MessageDialog.INFORMATION, 0, IDialogConstants.OK_LABEL);
						message.setBlockOnOpen(false);
						message.open();
					});
				}
			}
		});
		job.schedule();
		return true;
	}
}
