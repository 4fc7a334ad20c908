package io.agritrace.ui.internal.editors;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.DrawingView;
import io.agritrace.charts.LineageDrawing;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.service.LotStory;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.Provenance;
import io.agritrace.service.Quantities;
import io.agritrace.service.Recalls;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ColumnSort;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.FileFolders;
import io.agritrace.ui.internal.FormRows;
import io.agritrace.ui.internal.jobs.ExportTraceJob;

/**
 * Where the lot and everything made from it went: a flow from the lot to the
 * shops whose widths are kilograms, and a table of every holder with its
 * telephone, the kilograms received and those still held, which exports as the
 * regulator's CSV or, as events, EPCIS. A mock-recall drill runs a clock from
 * the moment the lot was chosen until the list is exported, and logs it.
 */
final class RecallPage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.recall"; //$NON-NLS-1$
	private static final int RECEIVED_COLUMN = 2;
	private static final int HELD_COLUMN = 3;
	/** The holder, place and lot take the room the table has beyond its texts, the holder most. */
	private static final Map<Integer, Integer> SHARED_COLUMNS = Map.of(0, 40, 5, 30, 6, 30);
	/** The flow's share of the page's height, at most: the table below gets the rest. */
	private static final int FLOW_SHARE = 60;

	private Label summary;
	private Label drillClock;
	private DrawingCanvas flow;
	private SashForm split;
	private TableViewer table;
	private LotStory model;
	private Job building;
	/** When the running drill's lot was chosen, or null when no drill runs. */
	private Instant drillStarted;

	RecallPage(BatchEditor editor) {
		super(editor, ID, Messages.Trace_recallPage);
	}

	@Override
	void create(IManagedForm form) {
		FormToolkit toolkit = form.getToolkit();
		Composite body = form.getForm().getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		// A row that wraps, so that a narrow editor puts the drill's clock below the buttons rather than cutting it.
		Composite actions = FormRows.wrapping(toolkit, body, 8);
		FormRows.follow(form.getForm(), 12, actions);
		Button csv = toolkit.createButton(actions, Messages.Recall_exportList, SWT.PUSH);
		csv.addListener(SWT.Selection, e -> export(ExportTraceJob.Format.RECALL));
		Button epcis = toolkit.createButton(actions, Messages.Recall_exportEvents, SWT.PUSH);
		epcis.addListener(SWT.Selection, e -> export(ExportTraceJob.Format.EPCIS));
		drillClock = toolkit.createLabel(actions, ""); //$NON-NLS-1$
		drillClock.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		drillClock.setFont(JFaceResources.getBannerFont());

		split = new SashForm(body, SWT.VERTICAL);
		toolkit.adapt(split);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 500).applyTo(split);
		flow = new DrawingCanvas(split, SWT.H_SCROLL | SWT.V_SCROLL);
		// Opened readable around the lot; on request the whole flow as an overview, however small its text.
		Button whole = flow.wholeToggle(actions);
		toolkit.adapt(whole, false, false);
		whole.moveAbove(drillClock);
		table = new TableViewer(toolkit.createTable(split, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		split.setWeights(FLOW_SHARE, 100 - FLOW_SHARE);
		columns();
		table.getTable().addListener(SWT.Resize, e -> fitColumns());
	}

	@Override
	void show(LotStory trace) {
		model = trace;
		table.setInput(trace.recall().recipients());
		fitColumns();
		RecallImpact recall = trace.recall();
		summary.setText(NLS.bind(Messages.Recall_summary, new Object[] { recall.recipients().size(),
				recall.parties().size(), Quantities.of(recall.heldKg(), "KGM", WorkbenchLanguage.current()) })); //$NON-NLS-1$
		build(trace);
	}

	/**
	 * The holder, its telephone and the kilograms first: in sight however narrow the editor, the names whole beyond.
	 * A holder whose record was altered after it was anchored (the guided scenario's insider) is red, as the
	 * navigator's mark and the Chain page's verdicts are, and its kilograms received say they are not the recorded ones.
	 */
	private void columns() {
		Predicate<RecallImpact.Recipient> altered = r -> model.altered(r.item(), r.location());
		TextColumns.add(table, Messages.Recall_columnHolder, 180, r -> model.name(r.party()), altered);
		TextColumns.add(table, Messages.Recall_columnTelephone, 110,
				r -> r.party() == null ? "" : model.contacts().getOrDefault(r.party(), ""), altered); //$NON-NLS-1$ //$NON-NLS-2$
		TextColumns.add(table, Messages.Recall_columnReceived, 110, r -> {
			String received = amount(r, RecallImpact.Recipient::receivedKg, RecallImpact.Recipient::received);
			return altered.test(r) ? NLS.bind(Messages.Recall_altered, received) : received;
		}, altered);
		TextColumns.add(table, Messages.Recall_columnHeld, 110,
				r -> amount(r, RecallImpact.Recipient::heldKg, RecallImpact.Recipient::held), altered);
		TextColumns.add(table, Messages.Recall_columnHow, 90, r -> r.how().label(WorkbenchLanguage.current()), altered);
		TextColumns.add(table, Messages.Trace_columnPlace, 180, r -> model.name(r.location()), altered);
		TextColumns.add(table, CommonMessages.Trace_columnLot, 200, r -> model.name(r.item()), altered);
		ColumnSort.enable(table, Map.of(RECEIVED_COLUMN, byAmount(RecallImpact.Recipient::receivedKg), HELD_COLUMN,
				byAmount(RecallImpact.Recipient::heldKg)));
	}

	/**
	 * Every column as wide as its texts, so that no name is cut short; where the
	 * table is wider, the holder, place and lot share the rest, and where it is
	 * narrower (beside the navigator) it scrolls across to the place and lot.
	 */
	private void fitColumns() {
		TextColumns.fit(table);
		TableColumn[] columns = table.getTable().getColumns();
		int spare = table.getTable().getClientArea().width - Arrays.stream(columns).mapToInt(TableColumn::getWidth).sum();
		if (spare > 0) {
			int weights = SHARED_COLUMNS.values().stream().mapToInt(Integer::intValue).sum();
			SHARED_COLUMNS.forEach((i, weight) -> columns[i].setWidth(columns[i].getWidth() + spare * weight / weights));
		}
	}

	/**
	 * The flow no taller than it is drawn at a readable size: a flow of a row or two of lots left blank bands above
	 * and below it while the table below was short of room. A taller flow keeps its share and scrolls.
	 */
	private void fitFlowHeight(LineageDrawing drawing) {
		Rectangle area = split.getClientArea();
		if (area.height <= 0) {
			return;
		}
		int across = flow.getHorizontalBar() == null ? 0 : flow.getHorizontalBar().getSize().y;
		int drawn = (int) Math.ceil(drawing.naturalSize().height * DrawingView.READABLE) + across + flow.getBorderWidth() * 2;
		int share = area.height * FLOW_SHARE / 100;
		int flowHeight = Math.min(share, drawn);
		split.setWeights(flowHeight, Math.max(1, area.height - split.getSashWidth() - flowHeight));
	}

	/** In kg where it is a mass, else in its own unit (head of cattle). */
	private static String amount(RecallImpact.Recipient r, Function<RecallImpact.Recipient, BigDecimal> kg,
			Function<RecallImpact.Recipient, BigDecimal> quantity) {
		if (kg.apply(r) != null) {
			return Quantities.of(kg.apply(r), "KGM", WorkbenchLanguage.current()); //$NON-NLS-1$
		}
		return quantity.apply(r) == null ? "" : Quantities.of(quantity.apply(r), r.uom(), WorkbenchLanguage.current()); //$NON-NLS-1$
	}

	private static Comparator<Object> byAmount(Function<RecallImpact.Recipient, BigDecimal> amount) {
		return Comparator.comparing(r -> amount.apply((RecallImpact.Recipient) r), Comparator.nullsFirst(BigDecimal::compareTo));
	}

	/** Verify on Chain reported on this lot: the flow's colours follow, as the Provenance page's do. */
	@Override
	void verdictChanged(LotStory trace) {
		if (created()) {
			build(trace);
		}
	}

	/** Lays the flow out in a Job, in place of any layout still running. */
	private void build(LotStory trace) {
		if (building != null) {
			building.cancel();
		}
		WorkspaceStore store = getSite().getService(WorkspaceStore.class);
		LotVerdict outcome = verdict();
		Job job = Job.create(Messages.Recall_flowJob, (IProgressMonitor monitor) -> {
			LineageDrawing drawing;
			try {
				drawing = new Provenance(trace, store.get(), outcome, store.get().clock(), ChartTheme.standard(),
						WorkbenchLanguage.current()).recallFlow(monitor::isCanceled);
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			}
			if (!flow.isDisposed()) {
				flow.getDisplay().asyncExec(() -> {
					if (!flow.isDisposed()) {
						fitFlowHeight(drawing);
						flow.show(drawing);
					}
				});
			}
			return Status.OK_STATUS;
		});
		building = job;
		job.schedule();
	}

	/** Starts a mock-recall drill whose clock runs from {@code started}, the moment the lot was chosen. */
	void startDrill(Instant started) {
		drillStarted = started;
		tick();
	}

	/** Ends the running drill unlogged; its clock is cleared, and stops at its next tick. */
	void stopDrill() {
		drillStarted = null;
		if (drillClock != null && !drillClock.isDisposed()) {
			showClock(""); //$NON-NLS-1$
		}
	}

	/** Shows the drill's time each second while it runs. */
	private void tick() {
		if (drillStarted == null || drillClock.isDisposed()) {
			return;
		}
		showClock(NLS.bind(Messages.Recall_drillRunning, Quantities.clock(Duration.between(drillStarted, Instant.now()))));
		drillClock.getDisplay().timerExec(1000, this::tick);
	}

	private void export(ExportTraceJob.Format format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
		dialog.setFileName(fileName(model.name(model.trace().root()), format));
		String file = FileFolders.open(dialog);
		if (file != null) {
			exportTo(Path.of(file), format);
		}
	}

	/** The file name offered: the lot's name made safe for a file, a recall list marked so in the reader's words. */
	static String fileName(String lot, ExportTraceJob.Format format) {
		String safe = lot.replaceAll("[^\\p{L}\\p{N}._-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return (format == ExportTraceJob.Format.RECALL ? NLS.bind(Messages.Recall_fileName, safe) : safe) + '.' + format.extension();
	}

	/** Writes the list or the events in a Job; a list written while a drill runs ends the drill. */
	void exportTo(Path file, ExportTraceJob.Format format) {
		WorkspaceStore store = getSite().getService(WorkspaceStore.class);
		RecallImpact recall = model.recall();
		Instant started = format == ExportTraceJob.Format.RECALL ? drillStarted : null;
		IEventBroker broker = getSite().getService(IEventBroker.class);
		ExportTraceJob job = new ExportTraceJob(store, recall.lot(), file, format);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (started != null && event.getResult().getSeverity() == IStatus.OK) {
					RecallDrillRepository.Drill drill = new Recalls(store.get()).logDrill(recall, started, Instant.now());
					broker.post(StoreTopics.DRILLS, drill);
					if (!drillClock.isDisposed()) {
						drillClock.getDisplay().asyncExec(() -> drillDone(drill));
					}
				}
			}
		});
		job.schedule();
	}

	private void drillDone(RecallDrillRepository.Drill drill) {
		if (drillClock.isDisposed() || !drill.started().equals(drillStarted)) {
			return;
		}
		drillStarted = null;
		showClock(NLS.bind(Messages.Recall_drillDone, Quantities.clock(drill.duration()), drill.recipients()));
	}

	/** The clock's text; where it moves to a row of its own (or back), the whole page is laid out again. */
	private void showClock(String text) {
		drillClock.setText(text);
		Composite actions = drillClock.getParent();
		if (actions.computeSize(actions.getSize().x, SWT.DEFAULT, true).y != actions.getSize().y) {
			getManagedForm().reflow(true);
		} else {
			actions.layout(true);
		}
	}

	@Override
	ISelectionProvider selectionProvider() {
		return table;
	}
}
