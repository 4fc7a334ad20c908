package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.StepNames;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * Correct… on a shipment weighed wrong, from the Batch editor's timeline: the
 * original stays, marked as corrected, and the corrective shipment with the
 * right weight is what awaits receipt and is anchored.
 */
class CorrectEventWizardTest extends WorkbenchTestCase {

	private final FreshIds ids = new FreshIds("690997");
	private PaddyChain chain;
	private EpcisEvent shipped;
	private WizardBot wizard;

	@Override
	protected void setUp() {
		chain = new PaddyChain(ids, "C", store());
		shipped = chain.ship(store());
	}

	@Override
	protected void tearDown() {
		if (wizard != null && wizard.isOpen()) {
			wizard.cancel();
		}
	}

	@Test
	void aShipmentWeighedWrongIsCorrectedFromTheTimelineAndBothStay() throws Exception {
		BatchEditorBot editor = BatchEditorBot
				.of(page.openEditor(new BatchEditorInput(chain.batch), BatchEditorInput.EDITOR_ID)).loaded();
		wizard = correct(editor);
		String quantity = "quantityList.0";
		assertEquals("1000", wizard.text(quantity), "prefilled from the original");
		assertFalse(wizard.canNext(), "nothing changed yet");
		wizard.type(quantity, "0");
		assertTrue(wizard.error().startsWith(wizard.label(quantity)), wizard.error());
		assertTrue(wizard.marked(quantity));
		wizard.type(quantity, "1000");
		assertEquals(Messages.CorrectWizard_unchanged, wizard.error());
		wizard.type(quantity, "980");
		assertNull(wizard.error());
		screenshot("wizard-correct");

		wizard.next();
		assertEquals("review", wizard.pageName());
		assertNull(wizard.error());
		wizard.finish();
		assertFalse(wizard.isOpen(), "one Finish stores and closes: " + wizard.error());

		assertNotNull(store().events().find(shipped.hashId()).orElseThrow().errorDeclaration(), "the original is declared");
		CustodyChain.Transit awaiting = store().holdings().all().inTransit().stream()
				.filter(s -> s.item().equals(chain.paddy)).findFirst().orElseThrow();
		assertEquals(0, BigDecimal.valueOf(980).compareTo(awaiting.quantity()));
		String corrected = NLS.bind(io.agritrace.ui.internal.editors.Messages.Trace_corrected,
				StepNames.of("shipping", WorkbenchLanguage.current()));
		waitUntil("the timeline to mark the original", TIMEOUT_MS, () -> editor.timelineSteps().contains(corrected));
		assertEquals(3, editor.timelineRows(), "harvest, the original and the corrective shipment");
		screenshot("editor-corrected");

		NavigatorBot navigator = NavigatorBot.show(page);
		IntSupplier row = () -> IntStream.range(0, navigator.rows())
				.filter(r -> navigator.batch(r).code().equals(chain.paddy)).findFirst().orElse(-1);
		waitUntil("the lot marked as having warnings", TIMEOUT_MS, () -> row.getAsInt() >= 0
				&& navigator.toolTip(row.getAsInt(), 0).endsWith(io.agritrace.ui.internal.views.Messages.BatchNavigator_warnings));
		navigator.select(row.getAsInt());
		screenshot("navigator-warnings");

		wizard = correct(editor).choose(CorrectionPage.FIELD_REASON, Messages.CorrectWizard_didNotOccur).next();
		assertTrue(wizard.error().contains(shipped.hashId().toString()), "corrected once only: " + wizard.error());
		assertFalse(wizard.canFinish());
	}

	/**
	 * The issue, on a machine in UTC: the timeline showed "08:49 +08:00" but this
	 * wizard "12:49 AM". It shows and reads the event's time in the event's own
	 * offset, 24-hour in both languages, and the corrective event keeps that offset;
	 * an offset other than the workspace's is named beside the field.
	 */
	@Test
	void theTimeIsShownAndReadAsTheEventRecordedIt() throws Exception {
		PaddyChain jilin = new PaddyChain(ids, "T", store());
		OffsetDateTime at = jilin.harvested.plusDays(1).withHour(8).withMinute(49);
		EpcisEvent early = jilin.ship(store(), at);
		BatchEditorBot editor = BatchEditorBot
				.of(page.openEditor(new BatchEditorInput(jilin.batch), BatchEditorInput.EDITOR_ID)).loaded();
		assertTrue(editor.timelineColumn(0).contains(Times.format(at, WorkspaceZone.zone())), editor.timelineColumn(0).toString());
		wizard = correct(editor, early);
		assertEquals("08:49", wizard.text(CorrectionPage.FIELD_TIME));
		assertEquals(at.toLocalDate(), wizard.day(CorrectionPage.FIELD_DATE));
		assertEquals(Messages.Field_time, wizard.label(CorrectionPage.FIELD_TIME));
		screenshot("wizard-correct-time");
		wizard.type(CorrectionPage.FIELD_TIME, "8.49");
		assertTrue(wizard.marked(CorrectionPage.FIELD_TIME) && wizard.error().contains("8.49"), wizard.error());
		wizard.type(CorrectionPage.FIELD_TIME, "9:49");
		assertNull(wizard.error());
		wizard.next();
		wizard.finish();
		assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
		CustodyChain.Transit corrected = store().holdings().all().inTransit().stream()
				.filter(s -> s.item().equals(jilin.paddy)).findFirst().orElseThrow();
		EpcisEvent corrective = store().events().find(corrected.shipment()).orElseThrow().event();
		assertEquals(at.plusHours(1), corrective.eventTime().atOffset(corrective.timeZone()), "its hour changed, in its offset");

		PaddyChain tokyo = new PaddyChain(ids, "K", store());
		OffsetDateTime there = tokyo.harvested.plusDays(1).withOffsetSameInstant(ZoneOffset.ofHours(9)).withHour(8).withMinute(49);
		EpcisEvent abroad = tokyo.ship(store(), there);
		editor = BatchEditorBot.of(page.openEditor(new BatchEditorInput(tokyo.batch), BatchEditorInput.EDITOR_ID)).loaded();
		assertTrue(editor.timelineColumn(0).contains(Times.format(there, WorkspaceZone.zone())), editor.timelineColumn(0).toString());
		assertTrue(Times.format(there, WorkspaceZone.zone()).endsWith(" +09:00"));
		wizard = correct(editor, abroad);
		assertEquals("08:49", wizard.text(CorrectionPage.FIELD_TIME));
		assertEquals(NLS.bind(Messages.Field_timeAtOffset, "+09:00"), wizard.label(CorrectionPage.FIELD_TIME));
		screenshot("wizard-correct-offset");
	}

	/** Correct… on the original shipment. */
	private WizardBot correct(BatchEditorBot editor) {
		return correct(editor, shipped);
	}

	private static WizardBot correct(BatchEditorBot editor, EpcisEvent event) {
		editor.onEvent(event.hashId(), BatchEditorBot.CORRECT_EVENT);
		return WizardBot.opened();
	}

	@Override
	protected List<String> preferenceNodes() {
		return List.of("io.agritrace.ui");
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
