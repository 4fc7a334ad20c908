package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One event made here goes through the same checks as a document's events. */
class EpcisEventReaderTest {

	private static EpcisEvent read(String json) {
		return EpcisEventReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static final String EVENT = """
			{%s"type": "ObjectEvent", "eventTime": "2024-09-20T08:00:00Z", "eventTimeZoneOffset": "+08:00",
			 "epcList": ["urn:epc:id:sgtin:6901234.012345.1"], "action": "%s"%s}
			""";

	@Test
	void anEventGetsTheHashIdItHasInADocument() {
		String event = EVENT.formatted("", "OBSERVE", "");
		String document = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
				+ " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-09-20T09:00:00Z\","
				+ " \"epcisBody\": {\"eventList\": [" + event + "]}}";
		try (EpcisDocumentReader reader = new EpcisDocumentReader(
				new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), true)) {
			assertEquals(reader.next().hashId(), read(event).hashId());
		}
	}

	@Test
	void theSchemaRefusesWhatAnImportRefusesWithTheSamePath() {
		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(EVENT.formatted("", "LOOK", "")));

		assertEquals("$.action", e.path());
	}

	@Test
	void theSchemasReasonIsInTheReadersLanguage() {
		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(EVENT.formatted("", "LOOK", "")));

		assertEquals("Format_schema", e.reason().code());
		assertTrue(e.text(Locale.ENGLISH).startsWith("$.action: does not have a value in the enumeration"),
				e.text(Locale.ENGLISH));
		String reason = e.text(Locale.SIMPLIFIED_CHINESE);
		assertTrue(reason.startsWith("$.action") && reason.contains("\u679a\u4e3e"), reason); // 枚举, enumeration
		assertEquals(e.text(Locale.ENGLISH), e.getMessage(), "logs read English");
	}

	@Test
	void anEventsContextDeclaresItsExtensionPrefixes() {
		EpcisEvent event = read(EVENT.formatted("\"@context\": {\"ex\": \"https://example.com/ext/\"}, ", "OBSERVE",
				", \"ex:grade\": \"A\""));

		assertEquals("https://example.com/ext/", event.context().namespace("ex"));
		assertTrue(!event.json().has("@context"), event.jsonText());
	}

	@Test
	void somethingElseThanAnObjectIsRefused() {
		assertEquals("$: an event object is expected", assertThrows(EpcisFormatException.class, () -> read("[1]")).getMessage());
		assertTrue(assertThrows(EpcisFormatException.class, () -> read("{\"type\": ")).getMessage()
				.startsWith("$: the document ends here"));
	}
}
