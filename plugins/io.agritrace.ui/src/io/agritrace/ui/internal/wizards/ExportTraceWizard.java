package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.jobs.ExportTraceJob;

/**
 * Exports a lot's trace (File > Export, or Export Trace on a batch): as an
 * EPCIS 2.0 document, or as the spreadsheet of key data elements a regulator
 * asks for within 24 hours. The export runs as a Job; the wizard closes at once.
 */
public final class ExportTraceWizard extends Wizard implements IExportWizard {

	public static final String ID = "io.agritrace.ui.wizards.exportTrace"; //$NON-NLS-1$

	private WorkspaceStore store;
	private ProductBatch selected;
	private ExportTracePage page;

	public ExportTraceWizard() {
		setWindowTitle(Messages.ExportWizard_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		store = workbench.getService(WorkspaceStore.class);
		selected = selection != null && selection.getFirstElement() instanceof ProductBatch batch ? batch : null;
	}

	@Override
	public void addPages() {
		page = new ExportTracePage(selected == null ? "" : selected.traceCode(), //$NON-NLS-1$
				selected == null ? "trace" : selected.lot()); //$NON-NLS-1$
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportTracePage.Export export = page.value();
		new ExportTraceJob(store, export.code(), export.file(), export.format()).schedule();
		return true;
	}
}
