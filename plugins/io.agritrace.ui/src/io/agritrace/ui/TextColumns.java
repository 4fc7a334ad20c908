package io.agritrace.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/**
 * Table columns that show one text of each row, and the whole text as the
 * cell's tool tip where the viewer enables them
 * ({@link org.eclipse.jface.viewers.ColumnViewerToolTipSupport}): a narrow
 * column cuts long names.
 */
public final class TextColumns {

	private TextColumns() {
	}

	/** Adds a column to a viewer whose rows are all of type {@code T}. */
	@SuppressWarnings("unchecked")
	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}
}
