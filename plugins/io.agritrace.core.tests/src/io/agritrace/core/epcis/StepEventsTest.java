package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.agritrace.core.model.Sscc;

class StepEventsTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-10-05T09:30:00+08:00");
	private static final String LOT = Identifiers.lot("06901234000016", "MH-1");
	private static final String LAB = "https://id.gs1.org/414/6901234100014";

	@Test
	void aReportIsNamedByItsSha256AsAnRfc6920Uri() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
		// RFC 6920 §3 writes digests in base64url without padding; SHA-256("abc") is FIPS 180-2's example.
		assertEquals("ni:///sha-256;ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", StepEvents.reportUri(digest));
	}

	@Test
	void anInspectionCarriesItsResultAndItsReportAsATestResultTransaction() {
		String report = "ni:///sha-256;ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0";
		EpcisEvent passed = StepEvents.inspecting(T, LOT, BigDecimal.ONE, "KGM", LAB, true, report).build();
		assertEquals("inspecting", passed.bizStep());
		assertEquals("conformant", passed.disposition());
		assertEquals(LAB, passed.bizLocation());
		assertEquals("testres", passed.json().path("bizTransactionList").path(0).path("type").asText());
		assertEquals(report, passed.json().path("bizTransactionList").path(0).path("bizTransaction").asText());

		EpcisEvent otherReport = StepEvents.inspecting(T, LOT, BigDecimal.ONE, "KGM", LAB, true,
				"ni:///sha-256;AAAAv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0").build();
		assertNotEquals(passed.hashId(), otherReport.hashId(), "the report is part of what the hash ID proves");
		assertEquals("non_conformant",
				StepEvents.inspecting(T, LOT, BigDecimal.ONE, "KGM", LAB, false, null).build().disposition());
	}

	@Test
	void aShipmentAndItsReceiptNameBothPartiesAndBothSites() {
		StepEvents.Handover h = new StepEvents.Handover("https://id.gs1.org/417/6901234000017", LAB,
				"https://id.gs1.org/417/6901234000024", "https://id.gs1.org/414/6901234100021");
		EpcisEvent shipping = StepEvents.shipping(T, LOT, BigDecimal.TEN, "KGM", h).build();
		EpcisEvent receiving = StepEvents.receiving(T.plusHours(4), LOT, BigDecimal.TEN, "KGM", h).build();
		assertEquals(h.fromParty(), shipping.source(PartyRef.POSSESSING_PARTY));
		assertEquals(h.toSite(), shipping.destination(PartyRef.LOCATION));
		assertEquals(null, shipping.bizLocation(), "goods in transit are at no business location");
		assertEquals(h.toSite(), receiving.bizLocation());
		assertEquals(h.toParty(), receiving.destination(PartyRef.POSSESSING_PARTY));
	}

	@Test
	void aShipmentsExpectedArrivalIsAnExtensionThatTheHashIdProves() {
		StepEvents.Handover h = new StepEvents.Handover("https://id.gs1.org/417/6901234000017", LAB,
				"https://id.gs1.org/417/6901234000024", "https://id.gs1.org/414/6901234100021");
		EpcisEvent shipping = StepEvents.shipping(T, LOT, BigDecimal.TEN, "KGM", h, T.plusHours(30)).build();

		assertEquals("2026-10-06T15:30:00+08:00", shipping.json().path("agritrace:expectedArrival").asText());
		assertEquals(Optional.of(T.plusHours(30)), StepEvents.expectedArrival(shipping), "read back for the review");
		assertEquals(Optional.empty(), StepEvents.expectedArrival(StepEvents.shipping(T, LOT, BigDecimal.TEN, "KGM", h).build()));
		assertEquals("https://agritrace.io/epcis/", shipping.context().namespace("agritrace"));
		assertNotEquals(StepEvents.shipping(T, LOT, BigDecimal.TEN, "KGM", h, T.plusHours(31)).build().hashId(),
				shipping.hashId(), "the expected arrival is part of what the hash ID proves");
		assertEquals(shipping.hashId(), EpcisEvent.of(shipping.json().deepCopy(), shipping.context(), "event").hashId());
	}

	@Test
	void packingAggregatesAQuantityOfTheLotUnderTheCasesSscc() {
		String pallet = Sscc.uri(Sscc.propose("6901234000017", 42));
		EpcisEvent packed = StepEvents.packing(T, pallet, LOT, BigDecimal.TEN, "KGM", LAB).build();
		assertEquals(EventType.AggregationEvent, packed.type());
		assertEquals("ADD", packed.action());
		assertEquals("packing", packed.bizStep());
		assertEquals(pallet, packed.parentId());
		assertEquals(LOT, packed.childQuantities().get(0).epcClass());
		assertEquals(LAB, packed.bizLocation());
	}
}
