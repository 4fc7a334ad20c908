package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.LineageDrawing;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.service.ProvenanceCharts;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.internal.InSight;
import io.agritrace.ui.internal.jobs.ExportTraceJob;

/**
 * A Batch editor as a user reads it: its title and its pages, each brought to
 * the front as a click on its tab does, and read from its widgets.
 */
public final class BatchEditorBot {

	/** The timeline's context menu command Correct… */
	public static final String CORRECT_EVENT = "io.agritrace.ui.commands.correctEvent"; //$NON-NLS-1$
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

	/** Brings the page to the front, as a click on its tab does, and returns its controls. */
	private Composite show(String pageId) {
		editor.setActivePage(pageId);
		return (Composite) editor.findPage(pageId).getPartControl();
	}

	/** Waits until the trace has been read and the Overview's events-per-day chart shows it. */
	public BatchEditorBot loaded() {
		waitUntil("the trace and the events-per-day chart", TIMEOUT_MS, this::showsChart); //$NON-NLS-1$
		return this;
	}

	/** Whether the Overview shows the events-per-day chart, with a bar a day; it stays hidden until the trace is read. */
	public boolean showsChart() {
		DrawingCanvas chart = Widgets.first((Composite) editor.findPage(OverviewPage.ID).getPartControl(),
				DrawingCanvas.class, c -> true);
		return !chart.isDisposed() && chart.getVisible() && chart.drawing() instanceof ChartDrawing bars
				&& bars.chart().getCategoryPlot().getDataset().getColumnCount() > 0;
	}

	/** The Events page's table; brings the page to the front. */
	private Table timeline() {
		return Widgets.first(show(EventsPage.ID), Table.class, t -> true);
	}

	/** The Events page's rows; brings the page to the front. */
	public int timelineRows() {
		return timeline().getItemCount();
	}

	/** A column of the Events page, row by row, as shown; brings the page to the front. */
	public List<String> timelineColumn(int column) {
		return Arrays.stream(timeline().getItems()).map(item -> item.getText(column)).toList();
	}

	/** The Events page's step column, row by row. */
	public List<String> timelineSteps() {
		return timelineColumn(1);
	}

	/** Clicks the header of a column of the Events page. */
	public BatchEditorBot sortEventsBy(int column) {
		timeline().getColumn(column).notifyListeners(SWT.Selection, new Event());
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
		show(ProvenancePage.ID);
		ProvenancePage page = (ProvenancePage) editor.findPage(ProvenancePage.ID);
		waitUntil("the provenance charts", TIMEOUT_MS, () -> page.charts() != null); //$NON-NLS-1$
		return page.charts();
	}

	/** Brings the Provenance page to the front and returns the charts it shows at once, or null while they are built. */
	ProvenanceCharts provenanceAtOnce() {
		show(ProvenancePage.ID);
		return ((ProvenancePage) editor.findPage(ProvenancePage.ID)).charts();
	}

	/** The Duration column of the Provenance page's excursions, scrolled into view. */
	List<String> excursionDurations() {
		Table table = Widgets.first(show(ProvenancePage.ID), Table.class, t -> Arrays.stream(t.getColumns())
				.anyMatch(c -> c.getText().equals(Messages.Provenance_columnDuration)));
		FormToolkit.ensureVisible(table);
		int column = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList().indexOf(Messages.Provenance_columnDuration);
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	/** Scrolls the Provenance page to one of its charts, in the page's order, and returns it. */
	DrawingCanvas provenanceChart(int index) {
		DrawingCanvas canvas = Widgets.all(show(ProvenancePage.ID), DrawingCanvas.class).get(index);
		FormToolkit.ensureVisible(canvas);
		return canvas;
	}

	/** The Overview's field beside this label (e.g. {@code Messages.BatchEditor_producer}); brings the page to the front. */
	public String overview(String label) {
		return Widgets.beside(show(OverviewPage.ID), label, Text.class).getText();
	}

	/**
	 * The lineage graph of the Provenance page (or the Recall page's flow) as
	 * its canvas shows it now: how large its smallest text is on the screen, in
	 * points; ticking its "whole graph" box first when {@code whole}.
	 */
	public float graphTextPoints(boolean recall, boolean whole) {
		return ChartTheme.points(ChartTheme.standard().small(), graph(recall, whole).zoom());
	}

	/** Whether all of the graph lies inside its canvas once its "whole graph" box is ticked. */
	public boolean graphShownWhole(boolean recall) {
		DrawingCanvas canvas = graph(recall, true);
		Dimension size = canvas.drawing().naturalSize();
		Rectangle client = canvas.getClientArea();
		return size.width * canvas.zoom() <= client.width + 0.5 && size.height * canvas.zoom() <= client.height + 0.5;
	}

	private DrawingCanvas graph(boolean recall, boolean whole) {
		Composite page = show(recall ? RecallPage.ID : ProvenancePage.ID);
		DrawingCanvas canvas = recall ? Widgets.first(page, DrawingCanvas.class, c -> true) : provenanceChart(0);
		waitUntil("the graph", TIMEOUT_MS, () -> canvas.drawing() != null); //$NON-NLS-1$
		Button box = Widgets.first(page, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0);
		if (box.getSelection() != whole) {
			box.setSelection(whole);
			box.notifyListeners(SWT.Selection, new Event());
		}
		processEvents();
		return canvas;
	}

	/** The Overview's custody lines, "holder: what is held where", as its Custody section shows them. */
	public List<String> custody() {
		Section section = Widgets.first(show(OverviewPage.ID), Section.class, s -> Messages.Overview_custody.equals(s.getText()));
		Control[] fields = ((Composite) section.getClient()).getChildren();
		List<String> lines = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			lines.add(((Label) fields[i]).getText() + ' ' + ((Text) fields[i + 1]).getText());
		}
		return lines;
	}

	/**
	 * The Overview's fields and their labels that lack the room their text needs or run past the editor's right
	 * edge as laid out now (the form scrolls down, never across): none when every value reads whole.
	 */
	public List<String> overviewCut() {
		show(OverviewPage.ID);
		processEvents();
		Composite body = editor.findPage(OverviewPage.ID).getManagedForm().getForm().getBody();
		List<Control> shown = new ArrayList<>(Widgets.all(body, Text.class));
		shown.addAll(Widgets.all(body, Label.class));
		return shown.stream().filter(c -> c.isVisible() && !InSight.wholeAcross(c))
				.map(c -> c + " at " + c.getBounds()).toList();
	}

	/** The Overview's warnings as its Warnings section lists them, each with its tooltip after a tab. */
	public List<String> warnings() {
		String heading = Messages.Trace_warningsCount.substring(0, Messages.Trace_warningsCount.indexOf("{0}")); //$NON-NLS-1$
		Section section = Widgets.first(show(OverviewPage.ID), Section.class, s -> s.getText().startsWith(heading));
		return Arrays.stream(((Composite) section.getClient()).getChildren()).map(Label.class::cast)
				.filter(l -> !Messages.Overview_noWarnings.equals(l.getText()))
				.map(l -> l.getText() + '\t' + l.getToolTipText()).toList();
	}

	/** What the Overview's header says beside the lot's name. */
	public String overviewHeader() {
		show(OverviewPage.ID);
		return editor.findPage(OverviewPage.ID).getManagedForm().getForm().getMessage();
	}

	/**
	 * Whether the Overview's Activity chart ends inside the editor's width, as
	 * laid out now: a form wider than the editor scrolls it off the right edge.
	 */
	public boolean chartInsideTheEditor() {
		show(OverviewPage.ID);
		processEvents();
		ScrolledForm form = editor.findPage(OverviewPage.ID).getManagedForm().getForm();
		DrawingCanvas chart = Widgets.first(form.getBody(), DrawingCanvas.class, c -> true);
		Point right = form.getDisplay().map(chart, form, chart.getSize().x, 0);
		// No wider than the editor, whatever its header says: else the form scrolls sideways.
		return right.x <= form.getClientArea().width && form.getContent().getSize().x <= form.getClientArea().width
				&& chart.getSize().x > 0;
	}

	/** A column of the Lineage page, row by row under both headings; brings the page to the front. */
	public List<String> lineageColumn(int column) {
		Tree tree = Widgets.first(show(LineagePage.ID), Tree.class, t -> true);
		return Arrays.stream(tree.getItems()).flatMap(heading -> Arrays.stream(heading.getItems()))
				.map(row -> row.getText(column)).toList();
	}

	/** The Lineage page's rows under its two headings; brings the page to the front. */
	public int lineageRows() {
		Tree tree = Widgets.first(show(LineagePage.ID), Tree.class, t -> true);
		return Arrays.stream(tree.getItems()).mapToInt(heading -> heading.getItemCount()).sum();
	}

	/** The Recall page's rows; brings the page to the front. */
	public int recallRows() {
		return Widgets.first(show(RecallPage.ID), Table.class, t -> true).getItemCount();
	}

	/** The Recall table's columns whose headers are wider than the column: cut, as "How it came" was. */
	public List<String> recallHeadersCut() {
		Table table = Widgets.first(show(RecallPage.ID), Table.class, t -> true);
		GC gc = new GC(table);
		try {
			return Arrays.stream(table.getColumns()).filter(c -> gc.textExtent(c.getText()).x + 16 > c.getWidth())
					.map(TableColumn::getText).toList();
		} finally {
			gc.dispose();
		}
	}

	/** Brings the Recall page to the front and waits until its flow is laid out and drawn. */
	LineageGraph recallFlow() {
		DrawingCanvas flow = Widgets.first(show(RecallPage.ID), DrawingCanvas.class, c -> true);
		waitUntil("the recall flow", TIMEOUT_MS, () -> flow.drawing() != null); //$NON-NLS-1$
		processEvents();
		return ((LineageDrawing) flow.drawing()).placed().graph();
	}

	/** Starts a mock-recall drill as the Mock Recall Drill command does once the lot is chosen. */
	BatchEditorBot startDrill(Instant started) {
		editor.startRecallDrill(started);
		processEvents();
		return this;
	}

	/** Exports the recall list as the button does once a file is chosen, and waits until it is written. */
	BatchEditorBot exportRecall(Path file) {
		show(RecallPage.ID);
		((RecallPage) editor.findPage(RecallPage.ID)).exportTo(file, ExportTraceJob.Format.RECALL);
		waitForJobs(TIMEOUT_MS);
		processEvents();
		return this;
	}

	/** Whether a mock-recall drill's clock runs on the Recall page. */
	public boolean drillRunning() {
		String running = Messages.Recall_drillRunning;
		return drillText().startsWith(running.substring(0, running.indexOf("{0}"))); //$NON-NLS-1$
	}

	/** The drill's clock, beside the Recall page's export buttons. */
	String drillText() {
		return drillClock().getText();
	}

	/** Whether the drill's clock shows whole across the page, as it is now; it was cut after "running:". */
	boolean drillClockWhole() {
		return InSight.wholeAcross(drillClock());
	}

	private Label drillClock() {
		return Widgets.next(Widgets.button(show(RecallPage.ID), Messages.Recall_exportEvents), Label.class);
	}

	/** The Provenance page's sentences (its summary and each chart's hint) not shown whole inside the editor's width. */
	List<String> provenanceTextsCut() {
		Composite body = show(ProvenancePage.ID);
		return Widgets.all(body, Label.class).stream().filter(l -> (l.getStyle() & SWT.WRAP) != 0 && !InSight.wholeAcross(l))
				.map(l -> l.getText() + " at " + l.getBounds()).toList();
	}

	/** The Recall table's columns narrower than their widest text: "Changchun Chao" for a holder, "Verified on chai". */
	List<String> recallColumnsCut() {
		Table table = Widgets.first(show(RecallPage.ID), Table.class, t -> true);
		GC gc = new GC(table);
		try {
			TableColumn[] columns = table.getColumns();
			return IntStream.range(0, columns.length)
					.filter(i -> Arrays.stream(table.getItems()).anyMatch(item -> gc.textExtent(item.getText(i)).x > columns[i].getWidth()))
					.mapToObj(i -> columns[i].getText()).toList();
		} finally {
			gc.dispose();
		}
	}

	/** How many pixels of the flow's canvas lie above and below the flow as it opens: blank bands. */
	double recallFlowBlank() {
		DrawingCanvas canvas = graph(true, false);
		return canvas.getClientArea().height - canvas.drawing().naturalSize().height * canvas.zoom();
	}

	/** The Recall table's columns that end past its right edge, out of sight as the kilograms were at 1280 wide. */
	List<String> recallColumnsOutOfSight() {
		Table table = Widgets.first(show(RecallPage.ID), Table.class, t -> true);
		List<String> out = new ArrayList<>();
		int right = 0;
		for (int index : table.getColumnOrder()) {
			right += table.getColumn(index).getWidth();
			if (right > table.getClientArea().width) {
				out.add(table.getColumn(index).getText());
			}
		}
		return out;
	}

	/** The editor's selection, as the Properties view and commands see it. */
	public Object selected() {
		return editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
				? s.getFirstElement()
				: null;
	}

	/** Selects the event on the Events page, as a click does. */
	public BatchEditorBot selectEvent(EventHashId id) {
		EpcisEvent event = Arrays.stream(timeline().getItems()).map(item -> (EpcisEvent) item.getData())
				.filter(e -> e.hashId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no event " + id + " in the timeline")); //$NON-NLS-1$ //$NON-NLS-2$
		editor.getSite().getPage().activate(editor);
		// The editor's selection is the page's in front: the timeline's.
		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(event));
		return this;
	}

	/** What the pane under the timeline shows of the selected event. */
	public String eventDetails() {
		return Widgets.first(show(EventsPage.ID), Text.class, t -> (t.getStyle() & SWT.MULTI) != 0).getText();
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
