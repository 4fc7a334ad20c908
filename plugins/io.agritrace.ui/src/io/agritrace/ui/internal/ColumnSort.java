package io.agritrace.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Map;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header was clicked, and the other way
 * round on a second click: by the column's text in the user's language's
 * collation, or by a key of the row where text would mislead (times, quantities).
 */
public final class ColumnSort extends ViewerComparator {

	private final TableViewer viewer;
	private final Map<Integer, Comparator<Object>> keys;
	private final Collator collator = Collator.getInstance();
	private int column;
	private int direction = SWT.UP;

	private ColumnSort(TableViewer viewer, Map<Integer, Comparator<Object>> keys) {
		this.viewer = viewer;
		this.keys = keys;
	}

	/**
	 * Makes every column of the viewer sortable, sorted by its first column now;
	 * {@code keys} orders the rows of the columns it names.
	 */
	public static ColumnSort enable(TableViewer viewer, Map<Integer, Comparator<Object>> keys) {
		ColumnSort sort = new ColumnSort(viewer, keys);
		Table table = viewer.getTable();
		for (int i = 0; i < table.getColumnCount(); i++) {
			int index = i;
			table.getColumn(i).addListener(SWT.Selection, e -> sort.sortBy(index));
		}
		viewer.setComparator(sort);
		sort.showIndicator();
		return sort;
	}

	/** Sorts by this column, the other way round when it is already the sort column. */
	public void sortBy(int index) {
		direction = index == column && direction == SWT.UP ? SWT.DOWN : SWT.UP;
		column = index;
		showIndicator();
		viewer.refresh();
	}

	private void showIndicator() {
		TableColumn sorted = viewer.getTable().getColumn(column);
		viewer.getTable().setSortColumn(sorted);
		viewer.getTable().setSortDirection(direction);
	}

	@Override
	public int compare(Viewer v, Object a, Object b) {
		Comparator<Object> key = keys.get(column);
		int order = key != null ? key.compare(a, b) : collator.compare(text(a), text(b));
		return direction == SWT.UP ? order : -order;
	}

	/** The cell's text, from the column's own label provider or the table's. */
	private String text(Object row) {
		String text = viewer.getLabelProvider(column) instanceof ILabelProvider cell ? cell.getText(row)
				: ((ITableLabelProvider) viewer.getLabelProvider()).getColumnText(row, column);
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
