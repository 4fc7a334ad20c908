package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.store.EventImporter;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Before anything is written: what the import would store, flag and skip, and
 * every problem with where it is and the rule it breaks; for a good CSV of
 * shipments and receipts, each event it would record. The file is read in
 * the wizard's progress area, which can cancel it; Finish needs a file that
 * can be imported in the chosen mode.
 */
final class ImportPreviewPage extends WizardPage {

	private final WorkspaceStore store;
	private final Supplier<ImportFilePage.Choice> choices;
	private Label summary;
	private TableViewer problems;
	/** In the place of the problems, when there are none and the file lists what it records. */
	private TableViewer entries;
	private ImportFilePage.Choice previewed;
	private ImportPreview preview;

	ImportPreviewPage(WorkspaceStore store, Supplier<ImportFilePage.Choice> choices) {
		super("preview", Messages.ImportWizard_previewTitle, null); //$NON-NLS-1$
		setDescription(Messages.ImportWizard_previewDescription);
		this.store = store;
		this.choices = choices;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		problems = table(body);
		TextColumns.<ImportPreview.Problem>add(problems, Messages.ImportWizard_where, 260, ImportPreview.Problem::where);
		TextColumns.<ImportPreview.Problem>add(problems, Messages.ImportWizard_rule, 520, ImportPreview.Problem::rule);
		entries = table(body);
		TextColumns.<ImportPreview.Entry>add(entries, Messages.ImportWizard_where, 70, ImportPreview.Entry::where);
		TextColumns.<ImportPreview.Entry>add(entries, Messages.Field_step, 90, ImportPreview.Entry::step);
		TextColumns.<ImportPreview.Entry>add(entries, Messages.Field_lot, 180, ImportPreview.Entry::lot);
		TextColumns.<ImportPreview.Entry>add(entries, Messages.Field_quantity, 100, ImportPreview.Entry::quantity);
		// Both parties with their sites: the widest column.
		TextColumns.<ImportPreview.Entry>add(entries, Messages.Review_handover, 620, ImportPreview.Entry::handover);
		TextColumns.<ImportPreview.Entry>add(entries, Messages.Field_time, 140, ImportPreview.Entry::time);
		// The file's own column names on each heading, for a clerk who corrects the CSV.
		int[][] csvColumns = { {}, { 0 }, { 1, 2 }, { 3, 4 }, { 5, 6, 7, 8 }, { 9 } };
		for (int i = 0; i < csvColumns.length; i++) {
			entries.getTable().getColumn(i).setToolTipText(Arrays.stream(csvColumns[i]).mapToObj(EventsCsv.COLUMNS::get)
					.collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		showEntries(false);
		setControl(body);
	}

	private static TableViewer table(Composite body) {
		TableViewer table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		// A long rule or name shows whole on hover.
		ColumnViewerToolTipSupport.enableFor(table);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.getControl());
		return table;
	}

	/** Shows one table in the place of both: what the file would record, or its problems. */
	private void showEntries(boolean shown) {
		((GridData) entries.getControl().getLayoutData()).exclude = !shown;
		entries.getControl().setVisible(shown);
		((GridData) problems.getControl().getLayoutData()).exclude = shown;
		problems.getControl().setVisible(!shown);
		problems.getControl().getParent().layout();
	}

	/** Reads the file each time the page shows: it may have been corrected on disk meanwhile. */
	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		ImportFilePage.Choice choice = choices.get();
		if (visible && choice != null) {
			// Nothing of the last reading shows meanwhile.
			preview = null;
			setErrorMessage(null);
			show();
			getShell().getDisplay().asyncExec(() -> read(choice));
		}
	}

	/** The file to import and the mode, once the preview allows it. */
	ImportFilePage.Choice importable() {
		return isPageComplete() ? previewed : null;
	}

	private void read(ImportFilePage.Choice choice) {
		if (getControl().isDisposed()) {
			return;
		}
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(Messages.ImportWizard_reading, choice.file().getFileName()),
						IProgressMonitor.UNKNOWN);
				try {
					preview = ImportPreview.of(store.get(), choice.file(), monitor::isCanceled, WorkbenchLanguage.current());
				} catch (IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			setErrorMessage(e.getCause() instanceof EventImporter.ImportCancelledException ? Messages.ImportWizard_cancelled
					: NLS.bind(Messages.EventWizard_unreadable, Refusals.readable(e.getCause())));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		previewed = choice;
		show();
	}

	private void show() {
		if (preview == null) {
			summary.setText(""); //$NON-NLS-1$
			problems.setInput(new Object[0]);
			entries.setInput(new Object[0]);
			showEntries(false);
			setPageComplete(false);
			return;
		}
		problems.setInput(preview.problems());
		entries.setInput(preview.entries());
		TextColumns.fit(entries);
		showEntries(preview.problems().isEmpty() && !preview.entries().isEmpty());
		summary.setText(preview.fatal() ? Messages.ImportWizard_refused
				: NLS.bind(Messages.ImportWizard_summary, new Object[] { preview.stored(), preview.flagged(),
						preview.duplicates() }));
		summary.getParent().layout();
		boolean importable = preview.importable(previewed.strict());
		setErrorMessage(preview.fatal() ? fatal(preview.problems().size())
				: importable ? null : strictRefuses(preview.flagged()));
		setPageComplete(importable);
	}

	/** Why nothing can be imported, for the one rule listed or the several. */
	private static String fatal(int listed) {
		return listed == 1 ? Messages.ImportWizard_fatal : NLS.bind(Messages.ImportWizard_fatalMany, listed);
	}

	/** Why a strict import refuses the file, for the one event that breaks a rule or the several. */
	private static String strictRefuses(int flagged) {
		return flagged == 1 ? Messages.ImportWizard_strictRefusesOne : NLS.bind(Messages.ImportWizard_strictRefuses, flagged);
	}
}
