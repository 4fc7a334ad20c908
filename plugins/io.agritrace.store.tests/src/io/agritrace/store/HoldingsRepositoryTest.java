package io.agritrace.store;

import static io.agritrace.store.CoopToMill.FIELD;
import static io.agritrace.store.CoopToMill.MILL;
import static io.agritrace.store.CoopToMill.MILL_SITE;
import static io.agritrace.store.CoopToMill.PADDY;
import static io.agritrace.store.CoopToMill.RICE;
import static io.agritrace.store.CoopToMill.T;
import static io.agritrace.store.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.rules.RuleViolation;

/**
 * Lots on hand, shipments awaiting receipt and lots awaiting their anchor follow
 * the events; check() says what record() would refuse.
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
		assertEquals(List.of(new HoldingsRepository.Lot(PADDY, BigDecimal.valueOf(1000), "KGM", null, FIELD)),
				store.holdings().lots());
		EpcisEvent shipping = CoopToMill.shipping();
		store.importer().record(shipping);

		List<HoldingsRepository.Shipment> awaiting = store.holdings().awaitingReceipt();
		assertEquals(1, awaiting.size());
		assertEquals(shipping.hashId(), awaiting.get(0).hashId());
		assertEquals(TO_MILL, awaiting.get(0).handover());
		assertEquals(0, BigDecimal.valueOf(1000).compareTo(awaiting.get(0).quantity()));

		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, BigDecimal.valueOf(990), "KGM",
				TO_MILL).build());
		assertEquals(List.of(), store.holdings().awaitingReceipt());
		HoldingsRepository.Lot held = store.holdings().lots().get(0);
		assertEquals(MILL, held.holder());
		assertEquals(MILL_SITE, held.place());
		assertEquals(Optional.of(held), store.holdings().lot(PADDY), "one lot read alone is the same lot");
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
		assertEquals(List.of(RICE), store.holdings().lots().stream().map(HoldingsRepository.Lot::item).toList());
		assertEquals(Optional.empty(), store.holdings().lot(PADDY), "a used-up lot is not on hand");

		store.importer().record(
				StepEvents.destroying(T.plusDays(3), RICE, BigDecimal.valueOf(680), "KGM", FIELD).build());
		assertTrue(store.holdings().lots().isEmpty(), "a destroyed lot is gone");
	}
}
