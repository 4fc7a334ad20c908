package io.agritrace.ui.internal.editors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.forms.IManagedForm;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.trace.Lineage;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.service.EventLabels;
import io.agritrace.service.LotStory;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.HeadingsContent;

/**
 * The lots the batch came from, back to the farm, and the lots made from it,
 * each with the step that linked them, who took it and how much of the lot it
 * used or made.
 */
final class LineagePage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.lineage"; //$NON-NLS-1$
	private static final int INDENT = 32;

	/** Upstream or downstream: a heading and its edges. */
	private record Branch(String title, List<LineageEdge> edges) {
	}

	private TreeViewer lineage;

	LineagePage(BatchEditor editor) {
		super(editor, ID, Messages.Trace_lineagePage);
	}

	@Override
	void create(IManagedForm form) {
		Tree tree = fillBody(form.getToolkit().createTree(form.getForm().getBody(), SWT.FULL_SELECTION | SWT.V_SCROLL));
		tree.setHeaderVisible(true);
		for (String title : new String[] { CommonMessages.Trace_columnLot, CommonMessages.Trace_columnStep,
				CommonMessages.Trace_columnWho, CommonMessages.Trace_columnQuantity }) {
			new TreeColumn(tree, SWT.LEFT).setText(title);
		}
		lineage = new TreeViewer(tree);
		lineage.setContentProvider(new HeadingsContent<>(Branch.class, Branch::edges));
	}

	@Override
	void show(LotStory trace) {
		Lineage up = trace.trace().upstream();
		Lineage down = trace.trace().downstream();
		lineage.setLabelProvider(new Labels(trace));
		lineage.setInput(List.of(
				new Branch(NLS.bind(Messages.Trace_upstream, up.items(true).size()), up.edges()),
				new Branch(NLS.bind(Messages.Trace_downstream, down.items(false).size()), down.edges())));
		lineage.expandAll();
		for (TreeColumn column : lineage.getTree().getColumns()) {
			column.pack();
		}
		// pack() measures the texts, not the indentation of the lots under their heading.
		TreeColumn lots = lineage.getTree().getColumn(0);
		lots.setWidth(lots.getWidth() + INDENT);
	}

	@Override
	ISelectionProvider selectionProvider() {
		return lineage;
	}

	/** Looks up each row's event and side once per trace, not once per row. */
	private static final class Labels extends LabelProvider implements ITableLabelProvider {
		private final LotStory trace;
		private final Set<LineageEdge> upstream;
		private final Map<EventHashId, EpcisEvent> events = new HashMap<>();

		Labels(LotStory trace) {
			this.trace = trace;
			this.upstream = new HashSet<>(trace.trace().upstream().edges());
			trace.trace().all().events().forEach(e -> events.put(e.hashId(), e));
		}

		@Override
		public String getColumnText(Object element, int column) {
			if (element instanceof Branch b) {
				return column == 0 ? b.title() : ""; //$NON-NLS-1$
			}
			LineageEdge edge = (LineageEdge) element;
			EpcisEvent event = events.get(edge.event());
			// Upstream rows name where the lot came from; downstream rows what was made of it.
			String lot = upstream.contains(edge) ? edge.from() : edge.to();
			return switch (column) {
			case 0 -> trace.name(lot);
			case 1 -> StepNames.of(event != null && event.bizStep() != null ? event.bizStep() : edge.kind(),
					WorkbenchLanguage.current());
			case 2 -> event == null ? "" : trace.who(event); //$NON-NLS-1$
			default -> event == null ? "" : EventLabels.quantity(event, lot, WorkbenchLanguage.current()); //$NON-NLS-1$
			};
		}

		@Override
		public Image getColumnImage(Object element, int column) {
			return null;
		}
	}
}
