package io.agritrace.core.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;

/** What single events say of their organisation's records: whose, which stage, what is missing, how late, how warm. */
class EventFactsTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-01T08:00:00+08:00");
	private static final String RICE = Identifiers.lot("06901234000030", "MR1");
	private static final String COOP = "https://id.gs1.org/417/6901234000023";
	private static final String MILL = "https://id.gs1.org/417/6901234000047";
	private static final String DRYER = "https://id.gs1.org/414/6901234000016";
	private static final String MILL_SITE = "https://id.gs1.org/414/6901234000054";
	private static final Map<String, Location> SITES = Map.of(
			DRYER, new Location(DRYER, "220581", "烘干场", "Dryer", null, null, COOP, false),
			MILL_SITE, new Location(MILL_SITE, "220202", "米厂", "Mill", null, null, MILL, false));
	private static final StepEvents.Handover TO_MILL = new StepEvents.Handover(COOP, DRYER, MILL, MILL_SITE);

	private static EventFacts facts(EpcisEvent e, Instant recorded) {
		return EventFacts.of(e, recorded, SITES::get,
				gtin -> new Product(gtin, "大米", "Rice", "rice", "KGM", StorageBand.CHILLED, false));
	}

	@Test
	void aShipmentIsTheRecordOfItsSitesOperatorAndGoesFromOneCountyToAnother() {
		EpcisEvent shipping = StepEvents.shipping(T, RICE, BigDecimal.valueOf(7000), "KGM", TO_MILL).build();

		EventFacts facts = facts(shipping, T.plusMinutes(20).toInstant());

		assertEquals(COOP, facts.party());
		assertEquals(EventFacts.Stage.TRANSPORT, facts.stage());
		assertEquals(List.of(), facts.missing());
		assertEquals("220581", facts.division());
		assertEquals("220202", facts.toDivision());
		assertEquals(0, facts.kg().compareTo(BigDecimal.valueOf(7000)));
		assertEquals(Duration.ofMinutes(20), facts.delay());
		assertNull(facts.excursions(), "no temperature readings");
	}

	@Test
	void aReceiptTooWarmCountsItsExcursionAndARecordTimeSaysHowLateItWasRecorded() {
		EventBuilder receipt = StepEvents.receiving(T.plusHours(6), RICE, BigDecimal.valueOf(7000), "KGM", TO_MILL);
		for (int hour = 0; hour < 6; hour++) {
			receipt.sensor(T.plusHours(hour), "Temperature", BigDecimal.valueOf(hour == 2 || hour == 3 ? 9 : 2), "CEL");
		}
		EpcisEvent late = receipt.recordedAfter(Duration.ofHours(30)).build();

		EventFacts facts = facts(late, Instant.now());

		assertEquals(MILL, facts.party());
		assertEquals(EventFacts.Stage.PURCHASE, facts.stage());
		assertEquals(Duration.ofHours(30), facts.delay(), "its recordTime, not when the store took it");
		assertEquals(1, facts.excursions());
		assertEquals(60, facts.excursionMinutes(), "from the first of two hourly readings above the 0-4 °C band to the last");
	}

	@Test
	void aFailedInspectionAndARecordThatSaysNeitherWhoNorWhere() {
		EpcisEvent inspection = StepEvents.inspecting(T, RICE, BigDecimal.ONE, "KGM", MILL_SITE, false, null).build();
		assertFalse(facts(inspection, T.toInstant()).inspectionPassed());
		assertEquals(EventFacts.Stage.INSPECTION, facts(inspection, T.toInstant()).stage());

		EpcisEvent bare = EventBuilder.event(EventType.ObjectEvent, T).action("OBSERVE").bizStep("storing")
				.quantity(RICE, BigDecimal.TEN, "KGM").build();
		assertEquals(List.of(EventFacts.WHO, EventFacts.WHERE), facts(bare, T.toInstant()).missing());
	}

	@Test
	void aHarvestIsProductionByTheOperatorOfItsPlot() {
		EpcisEvent harvest = StepEvents.harvest(T, RICE, BigDecimal.valueOf(7000), "KGM", DRYER).build();

		EventFacts facts = facts(harvest, T.toInstant());

		assertEquals(EventFacts.Stage.PRODUCTION, facts.stage());
		assertEquals(COOP, facts.party());
	}

	@Test
	void aTransformationIsProcessingAndNeedsItsInboundAndOutboundBatches() {
		EpcisEvent milling = StepEvents.transformation(T, "urn:agritrace:bizstep:milling", MILL_SITE)
				.input(Identifiers.lot("06901234000023", "D1"), BigDecimal.valueOf(10000), "KGM")
				.output(RICE, BigDecimal.valueOf(7000), "KGM").build();

		EventFacts facts = facts(milling, T.toInstant());

		assertEquals(EventFacts.Stage.PROCESSING, facts.stage());
		assertEquals(MILL, facts.party());
		assertEquals("06901234000030", facts.gtin(), "the product made");
		assertEquals(List.of(), facts.missing());
		assertFalse(facts.implausibleYield(), "70 % is a mill's yield");

		EpcisEvent tooMuch = StepEvents.transformation(T, "urn:agritrace:bizstep:milling", MILL_SITE)
				.input(Identifiers.lot("06901234000023", "D1"), BigDecimal.valueOf(10000), "KGM")
				.output(RICE, BigDecimal.valueOf(9000), "KGM").build();
		assertTrue(facts(tooMuch, T.toInstant()).implausibleYield(), "no mill gets 90 % rice from its paddy");
	}
}
