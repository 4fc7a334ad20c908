package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TraceCode;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.internal.Messages;

/** The Trace view as a scanner at a receiving desk uses it: characters, then Enter. */
class TraceViewTest extends WorkbenchTestCase {

	@Test
	void aScannedTraceCodeOpensItsBatchAndStaysInTheHistory() throws Exception {
		ProductBatch batch = NavigatorBot.show(page).withBatches().batch(0);
		TraceView view = (TraceView) page.showView(TraceView.ID);

		String unknown = TraceCode.of(Identifiers.lot(batch.gtin().toString(), "NOT-REGISTERED"));
		scan(view, unknown);
		waitUntil("the unknown code's message", TIMEOUT_MS,
				() -> view.message().contains(unknown) && !view.message().equals(NLS.bind(Messages.FindHandler_job, unknown)));
		assertEquals(unknown, view.code().getText(), "a code that finds nothing stays, to be corrected");

		scan(view, batch.traceCode());
		waitUntil("the batch's editor", TIMEOUT_MS, () -> Arrays.stream(page.getEditorReferences())
				.map(TraceViewTest::input).anyMatch(batch::equals));
		assertEquals("", view.code().getText(), "the field is ready for the next scan");
		assertEquals(batch.traceCode(), view.history().get(0), "the latest code comes first");
		assertTrue(view.message().contains(batch.lot()), view.message());
		screenshot("trace-view");
	}

	/** What a keyboard-wedge scanner does: types the characters, then Enter. */
	private static void scan(TraceView view, String code) {
		view.code().setText(code);
		view.code().notifyListeners(SWT.DefaultSelection, new Event());
	}

	private static ProductBatch input(IEditorReference editor) {
		try {
			return editor.getEditorInput() instanceof BatchEditorInput input ? input.batch() : null;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}
}
