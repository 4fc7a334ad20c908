package io.agritrace.ui.internal.editors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.RecallLine;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Quantities;
import io.agritrace.ui.internal.StepLabels;

/** The Batch editor's own tabs: lineage, timeline, recall and warnings of a trace; contributed tabs follow. */
final class TraceTabs {

	private final TabFolder folder;
	private static final int LINEAGE_INDENT = 32;
	private final Tree lineage;
	private final TableViewer timeline;
	private final Text eventDetails;
	private final Table recall;
	private final Table warnings;
	private final TabItem warningsTab;

	TraceTabs(Composite parent) {
		folder = new TabFolder(parent, SWT.TOP);
		lineage = new Tree(tab(Messages.Trace_lineageTab), SWT.BORDER | SWT.FULL_SELECTION);
		lineage.setHeaderVisible(true);
		for (String title : new String[] { Messages.Trace_columnLot, Messages.Trace_columnStep }) {
			new TreeColumn(lineage, SWT.LEFT).setText(title);
		}
		// The timeline above, the selected event's hash ID, pre-hash string and JSON-LD below: what an auditor re-checks.
		SashForm timelinePage = new SashForm(tab(Messages.Trace_timelineTab), SWT.VERTICAL);
		timeline = new TableViewer(table(timelinePage, Messages.Trace_columnTime, Messages.Trace_columnStep,
				Messages.Trace_columnDisposition, Messages.Trace_columnPlace, Messages.Trace_columnHash));
		timeline.setContentProvider(ArrayContentProvider.getInstance());
		eventDetails = new Text(timelinePage, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		eventDetails.setFont(JFaceResources.getTextFont());
		timelinePage.setWeights(60, 40);
		timeline.addSelectionChangedListener(e -> showDetails(e.getStructuredSelection().getFirstElement()));
		// Quantity before the lot: a lot can be a long Digital Link, and the quantity is what a recall asks.
		recall = table(tab(Messages.Trace_recallTab), Messages.Trace_columnParty, Messages.Trace_columnPlace,
				Messages.Trace_columnQuantity, Messages.Trace_columnLot);
		warningsTab = new TabItem(folder, SWT.NONE);
		Composite warningsPage = new Composite(folder, SWT.NONE);
		warningsPage.setLayout(new FillLayout());
		warningsTab.setControl(warningsPage);
		warningsTab.setText(Messages.Trace_warningsTab);
		warnings = table(warningsPage, Messages.Trace_columnWarning);
	}

	Control control() {
		return folder;
	}

	/** A new tab after the others, for a contribution to fill. */
	TabItem newTab() {
		return new TabItem(folder, SWT.NONE);
	}

	private Composite tab(String title) {
		TabItem item = new TabItem(folder, SWT.NONE);
		item.setText(title);
		Composite page = new Composite(folder, SWT.NONE);
		page.setLayout(new FillLayout());
		item.setControl(page);
		return page;
	}

	private static Table table(Composite parent, String... titles) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : titles) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		return table;
	}

	void show(TraceModel model) {
		lineage.removeAll();
		TreeItem up = new TreeItem(lineage, SWT.NONE);
		up.setText(NLS.bind(Messages.Trace_upstream, model.trace().upstream().items(true).size()));
		for (LineageEdge e : model.trace().upstream().edges()) {
			new TreeItem(up, SWT.NONE).setText(new String[] { model.name(e.from()), StepLabels.of(model.step(e)) });
		}
		TreeItem down = new TreeItem(lineage, SWT.NONE);
		down.setText(NLS.bind(Messages.Trace_downstream, model.trace().downstream().items(false).size()));
		for (LineageEdge e : model.trace().downstream().edges()) {
			new TreeItem(down, SWT.NONE).setText(new String[] { model.name(e.to()), StepLabels.of(model.step(e)) });
		}
		up.setExpanded(true);
		down.setExpanded(true);

		timeline.setLabelProvider(new TimelineLabels(model));
		timeline.setInput(model.trace().all().events());
		recall.removeAll();
		for (RecallLine line : model.recall()) {
			new TableItem(recall, SWT.NONE).setText(new String[] { model.name(line.party()), model.name(line.location()),
					line.quantity() == null ? "" : Quantities.of(line.quantity(), line.uom()), model.name(line.item()) }); //$NON-NLS-1$
		}
		warnings.removeAll();
		model.trace().warnings().forEach(w -> new TableItem(warnings, SWT.NONE).setText(w));
		warningsTab.setText(NLS.bind(Messages.Trace_warningsCount, model.trace().warnings().size()));
		for (var column : lineage.getColumns()) {
			column.pack();
		}
		// pack() measures the texts, not the indentation of the lots under their heading.
		lineage.getColumn(0).setWidth(lineage.getColumn(0).getWidth() + LINEAGE_INDENT);
		for (Table table : new Table[] { timeline.getTable(), recall, warnings }) {
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		}
	}

	void showTimeline() {
		folder.setSelection(1);
	}

	private void showDetails(Object selected) {
		eventDetails.setText(selected instanceof EpcisEvent e ? NLS.bind(Messages.Trace_eventDetails,
				new Object[] { e.hashId(), e.preHash(), e.prettyJson() }) : ""); //$NON-NLS-1$
	}

	String eventDetails() {
		return eventDetails.getText();
	}

	/** The events of the timeline, for the editor's selection and context menu. */
	TableViewer timeline() {
		return timeline;
	}

	int timelineRows() {
		return timeline.getTable().getItemCount();
	}
}
