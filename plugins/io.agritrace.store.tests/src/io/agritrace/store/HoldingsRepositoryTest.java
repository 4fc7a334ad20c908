package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.rules.RuleViolation;

/** Lots on hand and shipments awaiting receipt follow the events; check() says what record() would refuse. */
class HoldingsRepositoryTest {

	private static final String COOP = Gln.partyUri("6901234000017");
	private static final String MILL = Gln.partyUri("6901234000024");
	private static final String FIELD = Gln.locationUri("6901234100014");
	private static final String MILL_SITE = Gln.locationUri("6901234100021");
	private static final String PADDY = Identifiers.lot("06901234000016", "MH-1");
	private static final String RICE = Identifiers.lot("06901234000023", "MR-1");
	private static final OffsetDateTime T = OffsetDateTime.parse("2026-10-01T08:00:00+08:00");
	private static final StepEvents.Handover TO_MILL = new StepEvents.Handover(COOP, FIELD, MILL, MILL_SITE);

	@TempDir
	Path workspace;
	private TraceStore store;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		store.masterData().register(
				List.of(new Party(COOP, null, null, "合作社", "Cooperative", "cooperative", "220581", false),
						new Party(MILL, null, null, "米业", "Mill", "processor", "220202", false)),
				List.of(new Location(FIELD, "220581", "稻田", "Paddy field", null, null, false),
						new Location(MILL_SITE, "220202", "米厂", "Mill", null, null, false)),
				List.of(new Product("06901234000016", "水稻", "Paddy", "grain", false),
						new Product("06901234000023", "大米", "Rice", "rice", false)));
		store.importer().record(StepEvents.harvest(T, PADDY, BigDecimal.valueOf(1000), "KGM", FIELD).build());
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aShipmentAwaitsItsReceiptAndTheReceiptMakesTheMillTheHolder() {
		assertEquals(List.of(new HoldingsRepository.Lot(PADDY, BigDecimal.valueOf(1000), "KGM", null, FIELD)),
				store.holdings().lots());
		EpcisEvent shipping = StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(1000), "KGM", TO_MILL).build();
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

		store.importer().record(
				StepEvents.destroying(T.plusDays(3), RICE, BigDecimal.valueOf(680), "KGM", FIELD).build());
		assertTrue(store.holdings().lots().isEmpty(), "a destroyed lot is gone");
	}
}
