package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.ui.IEditorPart;

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
}
