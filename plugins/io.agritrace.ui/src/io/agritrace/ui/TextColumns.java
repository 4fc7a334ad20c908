package io.agritrace.ui;

import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Table columns that show one text of each row, and the whole text as the
 * cell's tool tip where the viewer enables them
 * ({@link org.eclipse.jface.viewers.ColumnViewerToolTipSupport}): a narrow
 * column cuts long names, never its own header.
 */
public final class TextColumns {

	private TextColumns() {
	}

	/** Room beside a header's text for the sort arrow and the column's margins. */
	private static final int HEADER_MARGIN = 32;

	/** Adds a column to a viewer whose rows are all of type {@code T}, at least as wide as its header. */
	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text) {
		add(viewer, title, width, text, row -> false);
	}

	/** Adds such a column whose text is red in the rows that {@code alarm} holds of: a warning the reader must see. */
	@SuppressWarnings("unchecked")
	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text, Predicate<T> alarm) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(Math.max(width, headerWidth(viewer, title)));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}

			@Override
			public Color getForeground(Object element) {
				return alarm.test((T) element) ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
			}
		});
	}

	/**
	 * Sizes each column to its widest text once the rows are in, never narrower than its header: widths guessed
	 * beforehand cut a time's last digit in Chinese and left a long column's text past the table's edge in English.
	 */
	public static void fit(TableViewer viewer) {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
			column.setWidth(Math.max(column.getWidth(), headerWidth(viewer, column.getText())));
		}
	}

	/** The width the header's text needs in the table's font. */
	public static int headerWidth(TableViewer viewer, String title) {
		GC gc = new GC(viewer.getTable());
		try {
			return gc.textExtent(title).x + HEADER_MARGIN;
		} finally {
			gc.dispose();
		}
	}
}
