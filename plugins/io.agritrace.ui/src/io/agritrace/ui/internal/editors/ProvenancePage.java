package io.agritrace.ui.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.MassBalanceChart;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorSeries;
import io.agritrace.service.LotStory;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.Provenance;
import io.agritrace.service.ProvenanceCharts;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.FormRows;

/**
 * The lot's provenance in pictures: its lineage as a graph, who held it when,
 * its sensor readings against its storage band, its journey on the map of Jilin
 * and the mass balance of each transformation, with the excursions and yields
 * listed beside their charts. Every chart exports from its context menu. The
 * charts are built in a Job each time the trace is read, or Verify on Chain
 * reports on the lot, from the moment the editor opens: while the user reads
 * the Overview, so that they are ready when the page is first shown.
 */
final class ProvenancePage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.provenance"; //$NON-NLS-1$

	private final String lot;
	private DrawingCanvas lineage;
	private DrawingCanvas custody;
	private DrawingCanvas journey;
	private DrawingCanvas sensors;
	private DrawingCanvas massBalance;
	private Label status;
	private Label problems;
	private TableViewer excursions;
	private TableViewer yields;
	private LotStory model;
	private Job building;
	/** Counts the builds begun: only the last one's charts are kept. */
	private int builds;
	/** The charts built from the last story and verdict, shown or to be shown once the page exists; null while building. */
	private ProvenanceCharts ready;
	/** The charts the page shows. */
	private ProvenanceCharts charts;

	ProvenancePage(BatchEditor editor, String lot) {
		super(editor, ID, Messages.Provenance_page);
		this.lot = lot;
	}

	@Override
	void create(IManagedForm form) {
		FormToolkit toolkit = form.getToolkit();
		Composite body = form.getForm().getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(10, 6).applyTo(body);
		status = toolkit.createLabel(body, Messages.Provenance_building, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		lineage = chart(toolkit, body, Messages.Provenance_lineageHint, 460, SWT.H_SCROLL | SWT.V_SCROLL);
		lineage.onOpen(this::open);
		// Opened readable around the lot; on request the whole graph as an overview, however small its text.
		Button whole = lineage.wholeToggle(body);
		toolkit.adapt(whole, false, false);
		whole.moveAbove(lineage);
		custody = chart(toolkit, body, Messages.Provenance_custodyHint, 380, SWT.NONE);
		journey = chart(toolkit, body, Messages.Provenance_journeyHint, 480, SWT.NONE);
		sensors = chart(toolkit, body, Messages.Provenance_sensorsHint, 340, SWT.NONE);
		excursions = table(toolkit, body);
		TextColumns.<SensorSeries.Excursion>add(excursions, Messages.Provenance_columnStart, 130,
				x -> Times.format(x.start(), WorkspaceZone.zone()));
		TextColumns.<SensorSeries.Excursion>add(excursions, Messages.Provenance_columnEnd, 130,
				x -> Times.format(x.end(), WorkspaceZone.zone()));
		TextColumns.<SensorSeries.Excursion>add(excursions, Messages.Provenance_columnDuration, 90,
				x -> x.single() ? Messages.Provenance_oneReading : NLS.bind(Messages.Provenance_minutes, x.duration().toMinutes()));
		TextColumns.<SensorSeries.Excursion>add(excursions, Messages.Provenance_columnWorst, 80,
				x -> x.worst().toPlainString() + " °C"); //$NON-NLS-1$
		TextColumns.<SensorSeries.Excursion>add(excursions, Messages.Provenance_columnWhere, 180,
				x -> model.name(x.location()));
		problems = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);

		massBalance = chart(toolkit, body, Messages.Provenance_massBalanceHint, 340, SWT.NONE);
		yields = table(toolkit, body);
		TextColumns.<MassBalance>add(yields, CommonMessages.Trace_columnStep, 90,
				b -> StepNames.of(b.bizStep(), WorkbenchLanguage.current()));
		TextColumns.<MassBalance>add(yields, CommonMessages.Trace_columnTime, 100, b -> Times.day(b.time(), WorkspaceZone.zone()));
		TextColumns.<MassBalance>add(yields, Messages.Trace_columnPlace, 150, b -> model.name(b.location()));
		TextColumns.<MassBalance>add(yields, Messages.Provenance_columnInputs, 100,
				b -> b.inputKg() == null ? "-" //$NON-NLS-1$
						: Quantities.of(b.inputKg(), "KGM", WorkbenchLanguage.current())); //$NON-NLS-1$
		TextColumns.<MassBalance>add(yields, Messages.Provenance_columnOutputs, 100,
				b -> b.outputKg() == null ? "-" //$NON-NLS-1$
						: Quantities.of(b.outputKg(), "KGM", WorkbenchLanguage.current())); //$NON-NLS-1$
		TextColumns.<MassBalance>add(yields, Messages.Provenance_columnYield, 220,
				balance -> MassBalanceChart.yieldText(balance, WorkbenchLanguage.current()));
		// The sentences wrap at the form's width: at 1280 the lineage's hint ran under the form's scroll bar.
		FormRows.follow(form.getForm(), 12, Arrays.stream(body.getChildren())
				.filter(c -> c instanceof Label && (c.getStyle() & SWT.WRAP) != 0).toArray(Control[]::new));
	}

	/** A chart the page's width, under a line that says how to read it; the chart carries its own title. */
	/** @param style scroll bars for a graph too large to read whole, else none */
	private static DrawingCanvas chart(FormToolkit toolkit, Composite body, String hint, int height, int style) {
		Label how = toolkit.createLabel(body, hint, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(how);
		DrawingCanvas canvas = new DrawingCanvas(body, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(canvas);
		return canvas;
	}

	private static TableViewer table(FormToolkit toolkit, Composite parent) {
		TableViewer viewer = new TableViewer(toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 120).applyTo(viewer.getTable());
		return viewer;
	}

	/** Verify on Chain reported on this lot: the nodes' colours follow. */
	@Override
	void verdictChanged(LotStory trace) {
		build(trace);
	}

	@Override
	void read(LotStory trace) {
		model = trace;
		build(trace);
	}

	@Override
	void show(LotStory trace) {
		if (ready != null) {
			shown(ready);
		}
	}

	/** Builds the charts in a Job, in place of any build still running; the page shows them if it exists by then. */
	private void build(LotStory trace) {
		if (building != null) {
			building.cancel();
		}
		ready = null;
		if (created()) {
			status.setText(Messages.Provenance_building);
		}
		WorkspaceStore store = getSite().getService(WorkspaceStore.class);
		Display display = getSite().getShell().getDisplay();
		LotVerdict outcome = verdict();
		int build = ++builds;
		Job job = Job.create(NLS.bind(Messages.Provenance_job, lot), (IProgressMonitor monitor) -> {
			ProvenanceCharts made;
			try {
				made = new Provenance(trace, store.get(), outcome, store.get().clock(), ChartTheme.standard(),
						WorkbenchLanguage.current()).charts(monitor::isCanceled);
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> finished(build, made));
			}
			return Status.OK_STATUS;
		});
		building = job;
		job.schedule();
	}

	/** A build ended: its charts are the page's unless a later build replaced it or the editor closed. */
	private void finished(int build, ProvenanceCharts made) {
		if (build != builds) {
			return;
		}
		ready = made;
		if (created() && !status.isDisposed()) {
			shown(made);
		}
	}

	private void shown(ProvenanceCharts built) {
		charts = built;
		lineage.show(built.lineage());
		custody.show(built.custody());
		journey.show(built.journey());
		sensors.show(built.sensors());
		massBalance.show(built.massBalance());
		excursions.setInput(built.excursions());
		// An empty table says less than a sentence: it gives way to one.
		boolean none = built.excursions().isEmpty();
		excursions.getTable().setVisible(!none);
		((GridData) excursions.getTable().getLayoutData()).exclude = none;
		yields.setInput(built.balances());
		List<String> notes = new ArrayList<>();
		if (none && built.band() != null) {
			notes.add(NLS.bind(Messages.Provenance_noExcursions, built.band().label(WorkbenchLanguage.current())));
		}
		if (!built.problems().isEmpty()) {
			notes.add(NLS.bind(Messages.Provenance_problems,
					built.problems().stream().map(this::problem).collect(Collectors.joining("; ")))); //$NON-NLS-1$
		}
		problems.setText(String.join("  ", notes)); //$NON-NLS-1$
		status.setText(NLS.bind(Messages.Provenance_summary, new Object[] { built.lots(), built.excursions().size(),
				built.balances().stream().filter(MassBalance::implausible).count() }));
		getManagedForm().getForm().getBody().layout(true, true);
		getManagedForm().reflow(true);
	}

	private String problem(SensorSeries.Problem p) {
		String value = p.reading().value().toPlainString() + " " + p.reading().uom(); //$NON-NLS-1$
		return NLS.bind(p.kind() == SensorSeries.Problem.Kind.UNKNOWN_UNIT ? Messages.Provenance_unknownUnit
				: Messages.Provenance_impossibleValue, Times.format(p.reading().time(), WorkspaceZone.zone()), value);
	}

	/** Opens a registered lot of the lineage in its own editor. */
	private void open(String item) {
		ProductBatch batch = charts == null ? null : charts.batches().get(item);
		if (batch == null) {
			return;
		}
		try {
			getSite().getPage().openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/**
	 * The charts last shown, or null while the first build runs: for tests,
	 * which check what the drawings plot (graph nodes, series, the storage
	 * band), which no widget exposes.
	 */
	ProvenanceCharts charts() {
		return charts;
	}

	@Override
	public void dispose() {
		if (building != null) {
			building.cancel();
		}
		super.dispose();
	}
}
