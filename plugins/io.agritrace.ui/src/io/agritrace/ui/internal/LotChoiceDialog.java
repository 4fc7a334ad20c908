package io.agritrace.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.agritrace.service.LotFinder;
import io.agritrace.ui.TextColumns;

/**
 * Asks which lot is meant when a code names several (a lot number that
 * several products share): each with its product, lot, trace code and
 * holders. Enter or a double-click takes the selected one.
 */
public final class LotChoiceDialog extends Dialog {

	private final CodeLookup lookup;
	private TableViewer viewer;
	private LotFinder.Candidate chosen;

	private LotChoiceDialog(Shell parent, CodeLookup lookup) {
		super(parent);
		this.lookup = lookup;
	}

	/**
	 * The batch a lookup leads to: its only one, or the one the user chooses
	 * among several; null when it names none or the user cancels. UI thread.
	 */
	public static LotFinder.Candidate choose(Shell parent, CodeLookup lookup) {
		List<LotFinder.Candidate> batches = lookup.batches();
		if (batches.size() <= 1) {
			return batches.isEmpty() ? null : batches.get(0);
		}
		LotChoiceDialog dialog = new LotChoiceDialog(parent, lookup);
		return dialog.open() == Window.OK ? dialog.chosen : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LotChoice_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.LotChoice_message, lookup.code(), lookup.batches().size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(message);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TextColumns.<LotFinder.Candidate>add(viewer, Messages.LotChoice_columnProduct, 180, LotFinder.Candidate::product);
		TextColumns.<LotFinder.Candidate>add(viewer, Messages.LotChoice_columnLot, 120, c -> c.batch().lot());
		TextColumns.<LotFinder.Candidate>add(viewer, Messages.LotChoice_columnTraceCode, 120, c -> c.batch().traceCode());
		TextColumns.<LotFinder.Candidate>add(viewer, Messages.LotChoice_columnHolders, 220,
				c -> String.join(Messages.LotChoice_separator, c.holders()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(lookup.batches());
		viewer.setSelection(new StructuredSelection(lookup.batches().get(0)));
		viewer.addDoubleClickListener(e -> okPressed());
		GridDataFactory.fillDefaults().grab(true, true).hint(660, 40 + 28 * lookup.batches().size())
				.applyTo(viewer.getControl());
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = (LotFinder.Candidate) viewer.getStructuredSelection().getFirstElement();
		super.okPressed();
	}
}
