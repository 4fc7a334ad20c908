package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventHashIdTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void parsesItsOwnTextForm() {
		EventHashId id = EventHashId.ofPreHash("eventType=ObjectEvent");
		assertEquals(id, EventHashId.parse(id.toString()));
		assertEquals(32, id.digest().length);
	}

	@Test
	void rejectsOtherText() {
		assertThrows(IllegalArgumentException.class, () -> EventHashId.parse("ni:///sha-256;abc?ver=CBV2.0"));
	}

	@Test
	void isRebuiltFromTheDigestTheStoreKeeps() {
		EventHashId id = EventHashId.ofPreHash("eventType=ObjectEvent");
		assertEquals(id, EventHashId.ofDigest(id.digest()));
		assertThrows(IllegalArgumentException.class, () -> EventHashId.ofDigest(new byte[31]));
	}

	@Test
	void keyOrderAndIdentifierNotationDoNotChangeTheId() throws Exception {
		JsonNode a = JSON.readTree("""
				{"type":"ObjectEvent","eventTime":"2026-10-01T08:30:00+08:00","eventTimeZoneOffset":"+08:00",
				 "epcList":["urn:epc:id:sgtin:6901234.000001.7"],"action":"OBSERVE","bizStep":"shipping",
				 "readPoint":{"id":"urn:epc:id:sgln:6901234.00001.0"}}""");
		JsonNode b = JSON.readTree("""
				{"readPoint":{"id":"https://id.gs1.org/gln/6901234000016"},"bizStep":"https://ref.gs1.org/cbv/BizStep-shipping",
				 "action":"OBSERVE","epcList":["https://example.cn/01/06901234000016/21/7?src=label"],
				 "eventTimeZoneOffset":"+08:00","eventTime":"2026-10-01T00:30:00.000Z","type":"ObjectEvent"}""");
		assertEquals(EventHasher.preHash(a, EpcisContext.STANDARD_ONLY), EventHasher.preHash(b, EpcisContext.STANDARD_ONLY));
	}

	@Test
	void anyChangedFieldChangesTheId() throws Exception {
		JsonNode a = JSON.readTree("""
				{"type":"ObjectEvent","eventTime":"2026-10-01T08:30:00+08:00","eventTimeZoneOffset":"+08:00",
				 "quantityList":[{"epcClass":"https://id.gs1.org/01/06901234000016/10/MHK-2026-001","quantity":12000,"uom":"KGM"}],
				 "action":"OBSERVE","bizStep":"shipping"}""");
		JsonNode b = JSON.readTree(a.toString().replace("12000", "11000"));
		assertNotEquals(EventHasher.hash(a, EpcisContext.STANDARD_ONLY), EventHasher.hash(b, EpcisContext.STANDARD_ONLY));
	}
}
