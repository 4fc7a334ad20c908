package io.agritrace.ui.internal.editors;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;

import io.agritrace.core.trace.RecallLine;
import io.agritrace.ui.internal.ColumnSort;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Quantities;

/** Where the lot and everything made from it went: who received how much of which lot, where. */
final class RecallPage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.recall"; //$NON-NLS-1$
	private static final int QUANTITY_COLUMN = 2;

	private TableViewer recall;

	RecallPage(BatchEditor editor) {
		super(editor, ID, Messages.Trace_recallPage);
	}

	@Override
	void create(IManagedForm form) {
		Table table = fillBody(form.getToolkit().createTable(form.getForm().getBody(),
				SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		// Quantity before the lot: a lot can be a long Digital Link, and the quantity is what a recall asks.
		for (String title : new String[] { Messages.Trace_columnParty, Messages.Trace_columnPlace,
				Messages.Trace_columnQuantity, Messages.Trace_columnLot }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		recall = new TableViewer(table);
		recall.setContentProvider(ArrayContentProvider.getInstance());
	}

	@Override
	void show(TraceModel trace) {
		recall.setLabelProvider(new Labels(trace));
		if (recall.getComparator() == null) {
			Comparator<Object> byQuantity = Comparator.comparing(l -> ((RecallLine) l).quantity(),
					Comparator.nullsFirst(BigDecimal::compareTo));
			ColumnSort.enable(recall, Map.of(QUANTITY_COLUMN, byQuantity));
		}
		recall.setInput(trace.recall());
		for (TableColumn column : recall.getTable().getColumns()) {
			column.pack();
		}
	}

	@Override
	ISelectionProvider selectionProvider() {
		return recall;
	}

	int rows() {
		return recall.getTable().getItemCount();
	}

	private static final class Labels extends LabelProvider implements ITableLabelProvider {
		private final TraceModel trace;

		Labels(TraceModel trace) {
			this.trace = trace;
		}

		@Override
		public String getColumnText(Object element, int column) {
			RecallLine line = (RecallLine) element;
			return switch (column) {
			case 0 -> trace.name(line.party());
			case 1 -> trace.name(line.location());
			case 2 -> line.quantity() == null ? "" : Quantities.of(line.quantity(), line.uom()); //$NON-NLS-1$
			default -> trace.name(line.item());
			};
		}

		@Override
		public Image getColumnImage(Object element, int column) {
			return null;
		}
	}
}
