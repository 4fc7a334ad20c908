package io.agritrace.store;

import static io.agritrace.tests.harness.CoopToMill.COOP;
import static io.agritrace.tests.harness.CoopToMill.FIELD;
import static io.agritrace.tests.harness.CoopToMill.MILL;
import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.RICE;
import static io.agritrace.tests.harness.CoopToMill.T;
import static io.agritrace.tests.harness.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.tests.harness.CoopToMill;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.trace.CustodyChain;

/**
 * Lots on hand place by place, shipments awaiting receipt and lots awaiting
 * their anchor follow the events; check() says what record() would refuse.
 */
class HoldingsRepositoryTest {

	@TempDir
	Path workspace;
	private TraceStore store;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		CoopToMill.harvestIn(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aShipmentAwaitsItsReceiptAndTheReceiptMakesTheMillTheHolder() {
		assertEquals(List.of(List.of(PADDY, COOP, FIELD, "1000")), onHand(), "the field's operator holds the harvest");
		EpcisEvent shipping = CoopToMill.shipping();
		store.importer().record(shipping);

		List<CustodyChain.Transit> awaiting = store.holdings().all().inTransit();
		assertEquals(1, awaiting.size());
		assertEquals(shipping.hashId(), awaiting.get(0).shipment());
		assertEquals(List.of(COOP, FIELD, MILL, MILL_SITE), List.of(awaiting.get(0).from().party(),
				awaiting.get(0).from().location(), awaiting.get(0).toParty(), awaiting.get(0).toLocation()));
		assertEquals(0, BigDecimal.valueOf(1000).compareTo(awaiting.get(0).quantity()));
		assertEquals(List.of(), onHand(), "all of it is on its way");

		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, BigDecimal.valueOf(990), "KGM",
				TO_MILL).build());
		assertEquals(List.of(), store.holdings().all().inTransit());
		assertEquals(List.of(List.of(PADDY, MILL, MILL_SITE, "990")), onHand(), "what arrived, not what left");
		assertEquals(store.holdings().all().onHand(), store.holdings().lot(PADDY).onHand(), "one lot read alone is the same");
	}

	@Test
	void aLotShippedInPartStaysWithItsHolderForTheRestWhileTheRecipientHoldsWhatArrived() {
		store.importer().record(StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(800), "KGM", TO_MILL).build());
		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, BigDecimal.valueOf(790), "KGM",
				TO_MILL).build());

		assertEquals(List.of(List.of(PADDY, COOP, FIELD, "200"), List.of(PADDY, MILL, MILL_SITE, "790")), onHand());
		assertEquals(List.of(), store.importer().check(StepEvents.shipping(T.plusDays(2), PADDY, BigDecimal.valueOf(200),
				"KGM", TO_MILL).build()), "the cooperative may still ship the 200 kg it kept");
		StepEvents.Handover back = new StepEvents.Handover(MILL, MILL_SITE, COOP, FIELD);
		assertEquals(List.of(), store.importer().check(StepEvents.shipping(T.plusDays(2), PADDY, BigDecimal.valueOf(790),
				"KGM", back).build()), "and the mill what it received");
	}

	/** The lots on hand as lot, holder, place and kilograms held. */
	private List<List<String>> onHand() {
		return store.holdings().all().onHand().stream()
				.map(s -> List.of(s.item(), s.party(), s.location(), s.held().toPlainString())).toList();
	}

	@Test
	void aLotAwaitsItsAnchorUntilEveryEventNamingItIsAnchored() {
		assertEquals(Set.of(PADDY), store.outbox().itemsAwaitingAnchor(), "the harvest is pending");
		List<PendingAnchor> pending = store.outbox().pending(10);
		store.outbox().markAnchored(pending, 7);
		assertEquals(Set.of(), store.outbox().itemsAwaitingAnchor());
		store.importer().record(CoopToMill.shipping());
		assertEquals(Set.of(PADDY), store.outbox().itemsAwaitingAnchor(), "the shipment is pending");
	}

	@Test
	void aTransformationUsesItsInputUpAndCheckNamesTheConservationRuleWithoutWriting() {
		EpcisEvent tooMuch = StepEvents.transformation(T.plusDays(2), BizSteps.MILLING, FIELD)
				.input(PADDY, BigDecimal.valueOf(1000), "KGM").output(RICE, BigDecimal.valueOf(1200), "KGM").build();
		List<RuleViolation> broken = store.importer().check(tooMuch);
		assertEquals(List.of("outputQuantityList"), broken.stream().map(RuleViolation::field).toList());
		assertEquals(1, store.events().count(), "check writes nothing");

		EpcisEvent milling = StepEvents.transformation(T.plusDays(2), BizSteps.MILLING, FIELD)
				.input(PADDY, BigDecimal.valueOf(1000), "KGM").output(RICE, BigDecimal.valueOf(680), "KGM").build();
		assertEquals(List.of(), store.importer().check(milling));
		store.importer().record(milling);
		assertEquals(List.of(List.of(RICE, COOP, FIELD, "680")), onHand(), "made where it was milled");
		assertEquals(List.of(), store.holdings().lot(PADDY).onHand(), "a used-up lot is not on hand");

		store.importer().record(
				StepEvents.destroying(T.plusDays(3), RICE, BigDecimal.valueOf(680), "KGM", FIELD).build());
		assertTrue(store.holdings().all().onHand().isEmpty(), "a destroyed lot is gone");
	}
}
