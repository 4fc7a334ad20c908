package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.agritrace.store.EventImporter;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Before anything is written: what the import would store, flag and skip, and
 * every problem with where it is and the rule it breaks. The file is read in
 * the wizard's progress area, which can cancel it; Finish needs a file that
 * can be imported in the chosen mode.
 */
final class ImportPreviewPage extends WizardPage {

	private final WorkspaceStore store;
	private final Supplier<ImportFilePage.Choice> choices;
	private Label summary;
	private TableViewer problems;
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
		problems = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		problems.getTable().setHeaderVisible(true);
		problems.getTable().setLinesVisible(true);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		// A long rule shows whole on hover.
		ColumnViewerToolTipSupport.enableFor(problems);
		TextColumns.<ImportPreview.Problem>add(problems, Messages.ImportWizard_where, 260, ImportPreview.Problem::where);
		TextColumns.<ImportPreview.Problem>add(problems, Messages.ImportWizard_rule, 520, ImportPreview.Problem::rule);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(problems.getControl());
		setControl(body);
	}

	/** Reads the file again when the page shows for another file; the mode alone changes only the verdict. */
	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		ImportFilePage.Choice choice = choices.get();
		if (!visible || choice == null) {
			return;
		}
		if (previewed == null || !previewed.file().equals(choice.file())) {
			getShell().getDisplay().asyncExec(() -> read(choice));
		} else {
			previewed = choice;
			show();
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
		preview = null;
		setErrorMessage(null);
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
			setPageComplete(false);
			return;
		}
		problems.setInput(preview.problems());
		summary.setText(preview.fatal() ? Messages.ImportWizard_refused
				: NLS.bind(Messages.ImportWizard_summary, new Object[] { preview.stored(), preview.flagged(),
						preview.duplicates() }));
		summary.getParent().layout();
		boolean importable = preview.importable(previewed.strict());
		setErrorMessage(preview.fatal() ? Messages.ImportWizard_fatal
				: importable ? null : NLS.bind(Messages.ImportWizard_strictRefuses, preview.flagged()));
		setPageComplete(importable);
	}
}
