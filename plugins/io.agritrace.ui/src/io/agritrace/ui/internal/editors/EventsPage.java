package io.agritrace.ui.internal.editors;

import java.util.Comparator;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.service.LotStory;
import io.agritrace.store.OutboxRepository;
import io.agritrace.ui.internal.ColumnSort;
import io.agritrace.ui.internal.CommonMessages;

/**
 * The trace's events in a table sorted by any column (by time at first), and
 * below it the selected event's hash ID, pre-hash string and JSON-LD: what an
 * auditor re-checks. Its events are the editor's selection; commands such as
 * Correct… add to its context menu ({@link BatchEditor#TIMELINE_MENU}).
 */
final class EventsPage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.events"; //$NON-NLS-1$
	private static final int TIME_COLUMN = 0;

	private TableViewer timeline;
	private Text details;
	private Map<EventHashId, OutboxRepository.Anchor> anchors = Map.of();

	EventsPage(BatchEditor editor) {
		super(editor, ID, Messages.Trace_eventsPage);
	}

	@Override
	void create(IManagedForm form) {
		FormToolkit toolkit = form.getToolkit();
		SashForm sash = fillBody(new SashForm(form.getForm().getBody(), SWT.VERTICAL));
		toolkit.adapt(sash);
		Table table = toolkit.createTable(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { CommonMessages.Trace_columnTime, CommonMessages.Trace_columnStep,
				CommonMessages.Trace_columnDisposition, Messages.Trace_columnPlace, CommonMessages.Trace_columnWho,
				CommonMessages.Trace_columnQuantity, CommonMessages.Trace_columnHash }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		timeline = new TableViewer(table);
		timeline.setContentProvider(ArrayContentProvider.getInstance());
		details = toolkit.createText(sash, "", SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL); //$NON-NLS-1$
		details.setFont(JFaceResources.getTextFont());
		sash.setWeights(60, 40);
		timeline.addSelectionChangedListener(e -> showDetails(e.getStructuredSelection().getFirstElement()));

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(BatchEditor.TIMELINE_MENU, menu, timeline);
	}

	@Override
	void show(LotStory trace) {
		anchors = trace.anchors();
		timeline.setLabelProvider(new TimelineLabels(trace));
		if (timeline.getComparator() == null) {
			Comparator<Object> byTime = Comparator.comparing(e -> ((EpcisEvent) e).eventTime());
			ColumnSort.enable(timeline, Map.of(TIME_COLUMN, byTime));
		}
		timeline.setInput(trace.trace().all().events());
		for (TableColumn column : timeline.getTable().getColumns()) {
			column.pack();
		}
	}

	@Override
	ISelectionProvider selectionProvider() {
		return timeline;
	}

	private void showDetails(Object selected) {
		details.setText(selected instanceof EpcisEvent e ? NLS.bind(Messages.Trace_eventDetails,
				new Object[] { e.hashId(), anchor(anchors.get(e.hashId())), e.preHash(), e.prettyJson() })
				: ""); //$NON-NLS-1$
	}

	/** Where the chain holds the event's hash ID, as the store recorded it; Verify on Chain checks it. */
	private static String anchor(OutboxRepository.Anchor anchor) {
		if (anchor == null) {
			return Messages.Trace_anchorUnknown;
		}
		return switch (anchor.state()) {
		case ANCHORED -> NLS.bind(Messages.Trace_anchoredIn, anchor.block(),
				anchor.transaction() == null ? "" : anchor.transaction().hex()); //$NON-NLS-1$
		case SUBMITTED -> NLS.bind(Messages.Trace_anchorInFlight, anchor.transaction().hex());
		case PENDING -> Messages.Trace_anchorPending;
		case FAILED -> Messages.Trace_anchorFailed;
		};
	}
}
