package io.agritrace.store;

import static io.agritrace.tests.harness.CoopToMill.MILL;
import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.RICE;
import static io.agritrace.tests.harness.CoopToMill.T;
import static io.agritrace.tests.harness.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.Trace;
import io.agritrace.tests.harness.CoopToMill;

/**
 * A correction declares the original erroneous and records its corrective
 * event in one transaction; holdings and the custody rules then count the
 * corrective event, not the original, which the trace keeps and marks.
 */
class CorrectionTest {

	@TempDir
	Path workspace;
	private TraceStore store;
	private EpcisEvent shipped;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		CoopToMill.harvestIn(store);
		shipped = CoopToMill.shipping();
		store.importer().record(shipped);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Correction weighedWrong(BigDecimal weight) {
		EpcisEvent corrective = EventBuilder.copyOf(shipped).requantify("quantityList", 0, weight).build();
		return new Correction(shipped, Correction.INCORRECT_DATA, corrective, T.plusDays(2));
	}

	@Test
	void aCorrectedShipmentAwaitsReceiptWithItsNewWeightAndTheTraceKeepsBoth() {
		Correction correction = weighedWrong(BigDecimal.valueOf(980));
		assertEquals(shipped.hashId(), correction.declaration().hashId(), "a declaration names its event by hash ID");
		long before = store.events().count();
		assertEquals(List.of(), store.importer().check(correction));
		assertEquals(before, store.events().count(), "check writes nothing");

		store.importer().correct(correction);

		CustodyChain.Transit awaiting = store.holdings().all().inTransit().get(0);
		assertEquals(1, store.holdings().all().inTransit().size(), "only the corrective shipment");
		assertEquals(correction.corrective().hashId(), awaiting.shipment());
		assertEquals(0, BigDecimal.valueOf(980).compareTo(awaiting.quantity()));
		Trace trace = store.traces().trace(PADDY);
		List<EventHashId> timeline = trace.all().events().stream().map(EpcisEvent::hashId).toList();
		assertTrue(timeline.containsAll(List.of(shipped.hashId(), correction.corrective().hashId())), "both stay");
		assertEquals(Map.of(shipped.hashId(), Correction.INCORRECT_DATA), trace.corrected());
		assertTrue(trace.findings().get(0).text(Locale.ENGLISH).contains(correction.corrective().hashId().toString()),
				trace.findings().toString());
		assertEquals("Findings_corrected", trace.findings().get(0).messages().get(0).code());
		assertTrue(store.events().find(shipped.hashId()).orElseThrow().errorDeclaration().contains("incorrect_data"));
		assertEquals(OutboxState.PENDING, store.outbox().state(correction.corrective().hashId()),
				"the corrective event is anchored like any");
	}

	@Test
	void aReceiptThatDidNotOccurGivesTheLotBackToItsShipper() {
		EpcisEvent received = StepEvents.receiving(T.plusDays(1).plusHours(5), PADDY, BigDecimal.valueOf(1000), "KGM",
				TO_MILL).build();
		store.importer().record(received);
		assertEquals(MILL, store.holdings().all().onHand().get(0).party());
		EpcisEvent shippedAgain = StepEvents.shipping(T.plusDays(3), PADDY, BigDecimal.valueOf(1000), "KGM", TO_MILL)
				.build();
		assertEquals("sourceList", store.importer().check(shippedAgain).get(0).field(), "the mill holds it");

		store.importer().correct(new Correction(received, Correction.DID_NOT_OCCUR, null, T.plusDays(2)));

		assertEquals(List.of(shipped.hashId()),
				store.holdings().all().inTransit().stream().map(CustodyChain.Transit::shipment).toList());
		assertEquals(List.of(), store.holdings().all().onHand(), "on its way again: nobody holds it at a place");
		assertEquals(List.of(), store.importer().check(shippedAgain), "the rules no longer count the receipt");
	}

	@Test
	void aMillingThatDidNotOccurLeavesTheLineageButStaysInTheTimeline() {
		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(5), PADDY, BigDecimal.valueOf(1000), "KGM",
				TO_MILL).build());
		EpcisEvent milling = StepEvents.transformation(T.plusDays(2), BizSteps.MILLING, MILL_SITE)
				.input(PADDY, BigDecimal.valueOf(1000), "KGM").output(RICE, BigDecimal.valueOf(680), "KGM").build();
		store.importer().record(milling);
		assertEquals(List.of(RICE), store.traces().trace(PADDY).downstream().edges().stream().map(LineageEdge::to).toList());

		store.importer().correct(new Correction(milling, Correction.DID_NOT_OCCUR, null, T.plusDays(3)));

		Trace paddy = store.traces().trace(PADDY);
		assertEquals(List.of(), paddy.downstream().edges(), "no rice came of this paddy");
		assertEquals(List.of(), store.traces().trace(RICE).upstream().edges());
		assertEquals(Map.of(milling.hashId(), Correction.DID_NOT_OCCUR), store.traces().trace(RICE).corrected(),
				"the rice's timeline still shows the declared milling");
	}

	@Test
	void aPastShipmentIsJudgedByTheStateOfItsTimeNotByWhatCameAfter() {
		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(5), PADDY, BigDecimal.valueOf(1000), "KGM",
				TO_MILL).build());
		// Now the mill holds the lot, but when the cooperative shipped it, the cooperative did.
		assertEquals(List.of(), store.importer().check(weighedWrong(BigDecimal.valueOf(990))));
		EpcisEvent tooLate = EventBuilder.copyOf(shipped).eventTime(T.plusDays(2)).build();
		List<RuleViolation> afterReceipt = store.importer()
				.check(new Correction(shipped, Correction.INCORRECT_DATA, tooLate, T.plusDays(2)));
		assertEquals("sourceList", afterReceipt.get(0).field(), "a day later the mill held it: " + afterReceipt);
	}

	@Test
	void aCorrectionThatChangesNothingOrComesTwiceIsRefusedAndNothingIsWritten() {
		long events = store.events().count();
		RulesBrokenException unchanged = assertThrows(RulesBrokenException.class,
				() -> store.importer().correct(weighedWrong(BigDecimal.valueOf(1000))));
		assertEquals("correctiveEventIDs", unchanged.violations().get(0).field());
		assertEquals(events, store.events().count());
		assertEquals(null, store.events().find(shipped.hashId()).orElseThrow().errorDeclaration());

		store.importer().correct(weighedWrong(BigDecimal.valueOf(980)));
		List<RuleViolation> twice = store.importer().check(weighedWrong(BigDecimal.valueOf(970)));
		assertEquals(1, twice.size(), twice.toString());
		assertTrue(twice.get(0).rule(Locale.ENGLISH).contains(shipped.hashId().toString()), twice.toString());
		assertEquals("Correction_alreadyCorrected", twice.get(0).message().code());
	}
}
