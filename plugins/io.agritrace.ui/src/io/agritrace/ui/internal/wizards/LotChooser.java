package io.agritrace.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.RecordingChoices;
import io.agritrace.ui.TextColumns;

/**
 * One lot chosen among thousands: a text field filters, as it is typed, a
 * small virtual table of the lots offered (lot number, product, quantity on
 * hand, place), so that opening a page costs the same whatever the store
 * holds, where a drop-down inserted every lot. The choice is the row
 * selected: kept while the filter shows it, made when the filter leaves one
 * row, none when the filter is emptied. Down moves from the field to the
 * list, Up from its first row back; Enter goes on, as in any field. A compact
 * chooser (a page with several) shows its list only while it has the focus,
 * and leaves the lot number of its choice in the field.
 */
final class LotChooser {

	/** The key under which the filter field carries its chooser, for those who find the field by its key. */
	private static final String KEY = LotChooser.class.getName();

	/**
	 * How much taller a row is drawn than an empty table reports: it measures a
	 * row without text, and Chinese text (a fallback font) makes rows taller,
	 * 26 pixels for 23 in the tests' workbench.
	 */
	private static final int ROW_ALLOWANCE = 4;
	/** Room beside a cell's text. */
	private static final int CELL_MARGIN = 16;
	/** How many lots the columns are fitted to: enough to see, few enough to measure at once. */
	private static final int FITTED_ROWS = 200;

	private final Composite area;
	private final List<Function<CustodyChain.Stop, String>> columnTexts = new ArrayList<>();
	private final Text filter;
	private final TableViewer viewer;
	private final Runnable changed;
	private Runnable chosenListener = () -> {
		// Nobody listens yet.
	};
	private RecordingChoices choices = RecordingChoices.none(Locale.ROOT);
	private List<CustodyChain.Stop> lots = List.of();
	/** What each offered lot is found by, in lower case, as {@link #lots}. */
	private List<String> searched = List.of();
	private List<CustodyChain.Stop> shown = List.of();
	private CustodyChain.Stop chosen;

	/**
	 * @param rows    how many rows the list shows at once
	 * @param compact whether the list shows only while the chooser has the focus
	 */
	LotChooser(Composite parent, int rows, boolean compact, Runnable changed) {
		this.changed = changed;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		filter = new Text(area, SWT.BORDER | SWT.SINGLE | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.LotChooser_hint);
		filter.setData(KEY, this);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TableViewer(area, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		viewer.setContentProvider(new Rows());
		column(Messages.LotChooser_lot, 130, lot -> Identifiers.lotNumber(lot.item()).orElse(lot.item()));
		column(Messages.LotChooser_product, 230, lot -> choices.product(lot.item()).map(choices::name).orElse("")); //$NON-NLS-1$
		column(Messages.LotChooser_held, 100, lot -> choices.held(lot));
		column(Messages.LotChooser_place, 200, this::place);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height(table, rows)).applyTo(table);
		// Tab goes from the field to the next one; the list is one Down away.
		area.setTabList(new Control[] { filter });
		filter.addModifyListener(e -> filtered());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && !shown.isEmpty()) {
				e.doit = false;
				table.setFocus();
				if (table.getSelectionIndex() < 0) {
					select(0);
				}
			}
		});
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_UP && table.getSelectionIndex() <= 0) {
				e.doit = false;
				filter.setFocus();
			}
		});
		table.addListener(SWT.Selection, e -> choose(table.getSelectionIndex() < 0 ? null : shown.get(table.getSelectionIndex())));
		FieldGrid.entersGoOn(table);
		if (compact) {
			showList(false);
			filter.addListener(SWT.FocusIn, e -> showList(true));
			filter.addListener(SWT.FocusOut, e -> focusLeft());
			table.addListener(SWT.FocusOut, e -> focusLeft());
		}
	}

	private void column(String title, int width, Function<CustodyChain.Stop, String> text) {
		TextColumns.add(viewer, title, width, text);
		columnTexts.add(text);
	}

	/** The list's height for its header and this many rows, each as tall as a row of Chinese text. */
	private static int height(Table table, int rows) {
		return table.computeTrim(0, 0, 0, table.getHeaderHeight() + rows * (table.getItemHeight() + ROW_ALLOWANCE)).height;
	}

	/**
	 * Each column as wide as its widest text among the first lots offered, and
	 * its header: the product's name and GTIN were cut.
	 */
	private void fitColumns() {
		Table table = viewer.getTable();
		List<CustodyChain.Stop> sample = lots.subList(0, Math.min(lots.size(), FITTED_ROWS));
		GC gc = new GC(table);
		try {
			for (int i = 0; i < columnTexts.size(); i++) {
				int widest = TextColumns.headerWidth(viewer, table.getColumn(i).getText());
				for (CustodyChain.Stop lot : sample) {
					widest = Math.max(widest, gc.textExtent(columnTexts.get(i).apply(lot)).x + CELL_MARGIN);
				}
				table.getColumn(i).setWidth(widest);
			}
		} finally {
			gc.dispose();
		}
	}

	/** Once the focus is neither in the field nor the list: the list folds, the field names the lot chosen. */
	private void focusLeft() {
		area.getDisplay().asyncExec(() -> {
			Control focus = area.isDisposed() ? null : area.getDisplay().getFocusControl();
			if (focus != null && focus != filter && focus != viewer.getTable()) {
				if (chosen != null) {
					filter.setText(Identifiers.lotNumber(chosen.item()).orElse(chosen.item()));
				}
				showList(false);
			}
		});
	}

	private void showList(boolean show) {
		Table table = viewer.getTable();
		if (table.getVisible() != show) {
			((GridData) table.getLayoutData()).exclude = !show;
			table.setVisible(show);
			area.getParent().layout(true, true);
		}
	}

	/** Runs when another lot, or none, is chosen, before the page is checked again. */
	void onChoice(Runnable listener) {
		chosenListener = listener;
	}

	/** The chooser whose filter field this is, or null. */
	static LotChooser of(Control field) {
		return field.getData(KEY) instanceof LotChooser chooser ? chooser : null;
	}

	Composite area() {
		return area;
	}

	/** The field that errors mark and the keyboard types into. */
	Text filter() {
		return filter;
	}

	/** Offers these lots, named as the choices name them; the lot chosen stays chosen if it is still offered. */
	void offer(List<CustodyChain.Stop> offered, RecordingChoices named) {
		choices = named;
		lots = offered;
		List<String> keys = new ArrayList<>(offered.size());
		for (CustodyChain.Stop lot : offered) {
			ProductBatch batch = named.batches().get(lot.item());
			keys.add(String.join("\n", Identifiers.lotNumber(lot.item()).orElse(lot.item()), //$NON-NLS-1$
					named.product(lot.item()).map(p -> p.nameZh() + '\n' + p.nameEn()).orElse(""), place(lot), //$NON-NLS-1$
					batch == null ? "" : batch.traceCode()).toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		}
		searched = keys;
		fitColumns();
		if (chosen != null) {
			chosen = offered.stream().filter(l -> sameStop(l, chosen)).findFirst().orElse(null);
		}
		show();
	}

	/** Chooses the lot offered with this Digital Link, if any, and shows it; the filter is emptied. */
	void propose(String item) {
		lots.stream().filter(l -> l.item().equals(item)).findFirst().ifPresent(lot -> {
			filter.setText(""); //$NON-NLS-1$
			chosen = lot;
			show();
			chosenListener.run();
			changed.run();
		});
	}

	/** Starts afresh: nothing chosen, nothing typed. */
	void clear() {
		chosen = null;
		filter.setText(""); //$NON-NLS-1$
		show();
	}

	/** The lot chosen, or null. */
	CustodyChain.Stop chosen() {
		return chosen;
	}

	/** The lot chosen as a row names it, or "" when none is. */
	String chosenName() {
		return chosen == null ? "" : choices.lotName(chosen); //$NON-NLS-1$
	}

	/** The rows shown now, each as {@link RecordingChoices#lotName} names it. */
	List<String> shownNames() {
		return shown.stream().map(choices::lotName).toList();
	}

	/** Selects the shown row, as a click on it does. */
	void select(int row) {
		viewer.getTable().setSelection(row);
		choose(shown.get(row));
	}

	private void filtered() {
		show();
		if (filter.getText().isBlank()) {
			choose(null);
		} else if (shown.size() == 1) {
			choose(shown.get(0));
		} else if (chosen != null && !shown.contains(chosen)) {
			choose(null);
		}
	}

	/** The rows that match the filter, the chosen one selected and in view. */
	private void show() {
		String[] words = filter.getText().strip().toLowerCase(Locale.ROOT).split("\\s+"); //$NON-NLS-1$
		List<CustodyChain.Stop> matching = new ArrayList<>();
		for (int i = 0; i < lots.size(); i++) {
			String keys = searched.get(i);
			boolean all = true;
			for (String word : words) {
				all &= keys.contains(word);
			}
			if (all) {
				matching.add(lots.get(i));
			}
		}
		shown = matching;
		Table table = viewer.getTable();
		table.deselectAll();
		viewer.setInput(matching);
		viewer.setItemCount(matching.size());
		table.clearAll();
		int row = chosen == null ? -1 : matching.indexOf(chosen);
		if (row >= 0) {
			table.setSelection(row);
			table.showSelection();
		} else {
			table.setTopIndex(0);
		}
	}

	private void choose(CustodyChain.Stop lot) {
		if (!Objects.equals(lot, chosen)) {
			chosen = lot;
			int row = lot == null ? -1 : shown.indexOf(lot);
			if (row < 0) {
				viewer.getTable().deselectAll();
			} else if (viewer.getTable().getSelectionIndex() != row) {
				viewer.getTable().setSelection(row);
			}
			chosenListener.run();
			changed.run();
		}
	}

	private String place(CustodyChain.Stop lot) {
		return lot.location() == null ? "" : choices.siteName(lot.location()); //$NON-NLS-1$
	}

	private static boolean sameStop(CustodyChain.Stop a, CustodyChain.Stop b) {
		return a.item().equals(b.item()) && Objects.equals(a.party(), b.party()) && Objects.equals(a.location(), b.location());
	}

	/** Each row made when it first shows. */
	private final class Rows implements ILazyContentProvider {

		@Override
		public void updateElement(int index) {
			if (index < shown.size()) {
				viewer.replace(shown.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changedViewer, Object oldInput, Object newInput) {
			// The rows are the chooser's shown list.
		}
	}
}
