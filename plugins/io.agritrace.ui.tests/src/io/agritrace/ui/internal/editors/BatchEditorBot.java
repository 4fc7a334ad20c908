package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.charts.LineageDrawing;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.service.ProvenanceCharts;
import io.agritrace.ui.internal.jobs.ExportTraceJob;

/** A Batch editor as a user reads it: its title and its pages. */
public final class BatchEditorBot {

	private static final long TIMEOUT_MS = 30_000;

	private final BatchEditor editor;

	private BatchEditorBot(BatchEditor editor) {
		this.editor = editor;
	}

	public static BatchEditorBot of(IEditorPart part) {
		return new BatchEditorBot(assertInstanceOf(BatchEditor.class, part, "the active editor is a Batch editor")); //$NON-NLS-1$
	}

	public String title() {
		return editor.getPartName();
	}

	/** Waits until the trace has been read and the Overview's events-per-day chart shows it. */
	public BatchEditorBot loaded() {
		waitUntil("the trace", TIMEOUT_MS, editor::loaded); //$NON-NLS-1$
		waitUntil("the events-per-day chart", TIMEOUT_MS, () -> editor.chartDays() > 0); //$NON-NLS-1$
		return this;
	}

	public boolean showsChart() {
		return editor.chartCanvas() != null && !editor.chartCanvas().isDisposed() && editor.chartCanvas().drawing() != null
				&& editor.chartDays() > 0;
	}

	/** The Events page's rows; brings the page to the front. */
	public int timelineRows() {
		return editor.showEvents().getTable().getItemCount();
	}

	/** A column of the Events page, row by row, as shown; brings the page to the front. */
	public List<String> timelineColumn(int column) {
		Table table = editor.showEvents().getTable();
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	/** The Events page's step column, row by row. */
	public List<String> timelineSteps() {
		return timelineColumn(1);
	}

	/** Clicks the header of a column of the Events page. */
	public BatchEditorBot sortEventsBy(int column) {
		editor.showEvents().getTable().getColumn(column).notifyListeners(SWT.Selection, new Event());
		return this;
	}

	/** Brings the Provenance page to the front, waits until its charts are built and drawn, and returns its lineage. */
	public LineageGraph provenanceDrawn() {
		ProvenanceCharts charts = provenance();
		processEvents();
		return charts.lineage().placed().graph();
	}

	/** Brings the Provenance page to the front and waits until its charts are built. */
	ProvenanceCharts provenance() {
		ProvenancePage page = editor.showProvenance();
		waitUntil("the provenance charts", TIMEOUT_MS, () -> page.charts() != null); //$NON-NLS-1$
		return page.charts();
	}

	/** Scrolls the Provenance page to one of its charts, in the page's order, and returns it. */
	DrawingCanvas provenanceChart(int index) {
		DrawingCanvas canvas = editor.showProvenance().canvases().get(index);
		FormToolkit.ensureVisible(canvas);
		return canvas;
	}

	/** The Overview's custody lines: who holds how much where. */
	public List<String> custody() {
		return editor.overview().custody();
	}

	/** The Lineage page's rows under its two headings; brings the page to the front. */
	public int lineageRows() {
		return editor.showLineage().edges();
	}

	/** The Recall page's rows; brings the page to the front. */
	public int recallRows() {
		return editor.showRecall().rows();
	}

	/** Brings the Recall page to the front and waits until its flow is laid out and drawn. */
	LineageGraph recallFlow() {
		RecallPage recall = editor.showRecall();
		waitUntil("the recall flow", TIMEOUT_MS, () -> recall.flow().drawing() != null); //$NON-NLS-1$
		processEvents();
		return ((LineageDrawing) recall.flow().drawing()).placed().graph();
	}

	/** Starts a mock-recall drill as the Mock Recall Drill command does once the lot is chosen. */
	BatchEditorBot startDrill(Instant started) {
		editor.startRecallDrill(started);
		processEvents();
		return this;
	}

	/** Exports the recall list as the button does once a file is chosen, and waits until it is written. */
	BatchEditorBot exportRecall(Path file) {
		editor.showRecall().exportTo(file, ExportTraceJob.Format.RECALL);
		waitForJobs(TIMEOUT_MS);
		processEvents();
		return this;
	}

	String drillText() {
		return editor.showRecall().drillText();
	}

	/** The editor's selection, as the Properties view and commands see it. */
	public Object selected() {
		return editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
				? s.getFirstElement() : null;
	}

	/** Selects the event on the Events page, as a click does. */
	public BatchEditorBot selectEvent(EventHashId id) {
		TableViewer timeline = editor.showEvents();
		EpcisEvent event = Arrays.stream(timeline.getTable().getItems()).map(item -> (EpcisEvent) item.getData())
				.filter(e -> e.hashId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no event " + id + " in the timeline")); //$NON-NLS-1$ //$NON-NLS-2$
		editor.getSite().getPage().activate(editor);
		timeline.setSelection(new StructuredSelection(event), true);
		return this;
	}

	/** What the pane under the timeline shows of the selected event. */
	public String eventDetails() {
		return editor.eventDetails();
	}

	/** Selects the event in the timeline and runs a command on it, as its context menu does. */
	public BatchEditorBot onEvent(EventHashId id, String commandId) {
		selectEvent(id);
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError(commandId + " failed", e); //$NON-NLS-1$
		}
		return this;
	}
}
