package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;

/** A Batch editor as a user reads it: its title, its chart and its trace. */
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

	/** Waits until the events-per-day chart and the trace's timeline have been read. */
	public BatchEditorBot loaded() {
		waitUntil("the events-per-day chart", TIMEOUT_MS, () -> editor.chartDays() > 0); //$NON-NLS-1$
		waitUntil("the trace timeline", TIMEOUT_MS, () -> editor.timelineRows() > 0); //$NON-NLS-1$
		return this;
	}

	public boolean showsChart() {
		return editor.chartComposite() != null && !editor.chartComposite().isDisposed() && editor.chartDays() > 0;
	}

	public int timelineRows() {
		return editor.timelineRows();
	}

	/** Brings the Timeline tab to the front, as a click on it does. */
	public BatchEditorBot showTimeline() {
		editor.showTimeline();
		return this;
	}

	/** The timeline's step column, row by row. */
	public List<String> timelineSteps() {
		Table table = editor.timeline().getTable();
		return Arrays.stream(table.getItems()).map(item -> item.getText(1)).toList();
	}

	/** Selects the event in the timeline, as a click does. */
	public BatchEditorBot selectEvent(EventHashId id) {
		TableViewer timeline = editor.timeline();
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
