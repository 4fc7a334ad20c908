package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TraceCode;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.CodeKind;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/** The Trace view as a scanner at a receiving desk uses it: characters, then Enter. */
class TraceViewTest extends WorkbenchTestCase {

	@Test
	void aScannedTraceCodeOpensItsBatchAndStaysInTheHistory() throws Exception {
		NavigatorBot navigator = NavigatorBot.show(page).withBatches();
		// A paddy lot: no other product shares its lot number (FindByCodeTest gives a ginseng lot's number to beef).
		ProductBatch batch = navigator.batch(navigator.rowOf(JilinMasterData.PADDY.gtin()));
		TraceView view = (TraceView) page.showView(TraceView.ID);

		String unknown = TraceCode.of(Identifiers.lot(batch.gtin().toString(), "NOT-REGISTERED"));
		scan(view, unknown);
		waitUntil("the unknown code's message", TIMEOUT_MS,
				() -> message(view).contains(unknown) && !message(view).equals(NLS.bind(CommonMessages.FindHandler_job, unknown)));
		assertEquals(unknown, code(view).getText(), "a code that finds nothing stays, to be corrected");

		scan(view, batch.traceCode());
		waitUntil("the batch's editor", TIMEOUT_MS, () -> Arrays.stream(page.getEditorReferences())
				.map(TraceViewTest::input).anyMatch(batch::equals));
		assertEquals("", code(view).getText(), "the field is ready for the next scan");
		assertEquals(batch.traceCode(), history(view).get(0), "the latest code comes first");
		assertTrue(message(view).contains(batch.lot()), message(view));
		String byTraceCode = message(view);
		assertTrue(byTraceCode.contains(CodeKind.TRACE_CODE.label(WorkbenchLanguage.current())), byTraceCode);

		scan(view, batch.lot());
		waitUntil("found by its lot number", TIMEOUT_MS,
				() -> message(view).contains(CodeKind.LOT_NUMBER.label(WorkbenchLanguage.current())));
		// After the code typed (here the lot number itself): the batch, its lot and its trace code.
		assertEquals(byTraceCode.substring(byTraceCode.lastIndexOf(batch.lot())),
				message(view).substring(message(view).lastIndexOf(batch.lot())), "the same batch, said the same way");
		screenshot("trace-view");
	}

	/** What a keyboard-wedge scanner does: types the characters, then Enter. */
	private static void scan(TraceView view, String code) {
		code(view).setText(code);
		code(view).notifyListeners(SWT.DefaultSelection, new Event());
	}

	private static ProductBatch input(IEditorReference editor) {
		try {
			return editor.getEditorInput() instanceof BatchEditorInput input ? input.batch() : null;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** The field a scanner types into. */
	private static Text code(TraceView view) {
		return Widgets.first(Widgets.of(view), Text.class, t -> true);
	}

	/** What the view says under the field. */
	private static String message(TraceView view) {
		return Widgets.next(code(view), Label.class).getText();
	}

	/** The codes looked up, latest first. */
	private static List<String> history(TraceView view) {
		return List.of(Widgets.first(Widgets.of(view), org.eclipse.swt.widgets.List.class, l -> true).getItems());
	}
}
