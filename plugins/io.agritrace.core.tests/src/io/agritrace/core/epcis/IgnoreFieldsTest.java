package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A document's {@code ignoreFields} (CBV 2.0 Event Hash ID, as GS1's reference
 * implementation honours it since 2024): the extension fields it names are
 * repository annotations, left out of every event's pre-hash.
 */
class IgnoreFieldsTest {

	private static final String EVENT = """
			{"type": "ObjectEvent", "eventTime": "2024-09-20T08:00:00.000+08:00", "eventTimeZoneOffset": "+08:00",
			 "epcList": ["urn:epc:id:sgtin:6901234.012345.1"], "action": "OBSERVE", "bizStep": "shipping",
			 "ex:batchNote": "kept"%s}
			""";
	private static final String ANNOTATIONS = """
			, "ex:captureId": "c-8812", "readPoint": {"id": "urn:epc:id:sgln:6901234.00001.0", "ex:scanner": "S-3"}""";

	private static String jsonDocument(String beforeBody, String event, String afterBody) {
		return """
				{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
				              {"ex": "https://example.com/repository/"}],
				 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-09-20T09:00:00Z",%s
				 "epcisBody": {"eventList": [%s]}%s}
				""".formatted(beforeBody, event, afterBody);
	}

	private static List<EpcisEvent> read(String document) {
		List<EpcisEvent> events = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(
				new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), true)) {
			reader.forEachRemaining(events::add);
		}
		return events;
	}

	private static final String IGNORE = "\n \"ex:ignoreFields\": [\"ex:captureId\", \"ex:scanner\"],";
	private static final String PLAIN_READ_POINT = ", \"readPoint\": {\"id\": \"urn:epc:id:sgln:6901234.00001.0\"}";

	/**
	 * The reference implementation's pre-hashes for its document with
	 * ignoreFields (resources/hash-vectors, MIT): an event whose repository
	 * annotations are listed there has the pre-hash of the same event without them.
	 */
	@Test
	void anEventWithIgnoredAnnotationsHasTheReferencePreHash() throws Exception {
		List<String> expected = Files.readAllLines(
				Path.of("resources/hash-vectors/epcisDocHavingEventWithIgnoreFields.prehashes"));
		String plain = """
				{"type": "ObjectEvent", "eventTime": "2019-10-21T15:45:00.000+01:00", "eventTimeZoneOffset": "+01:00",
				 "epcList": ["https://id.gs1.org/00/040123451111111127"], "action": "OBSERVE",
				 "bizStep": "inspecting", "disposition": "in_progress",
				 "readPoint": {"id": "https://id.gs1.org/414/4012345000245/254/1"}}""";
		String annotated = """
				{"type": "ObjectEvent", "eventTime": "2019-10-21T15:45:00.000+01:00", "eventTimeZoneOffset": "+01:00",
				 "epcList": ["https://id.gs1.org/00/040123451111111127"], "action": "OBSERVE",
				 "bizStep": "inspecting", "disposition": "in_progress", "ex:captureId": "c-1",
				 "readPoint": {"id": "https://id.gs1.org/414/4012345000245/254/1", "ex:scanner": "S-3"}}""";
		List<EpcisEvent> events = read(jsonDocument(IGNORE, plain + ", " + annotated, ""));
		assertEquals(expected, events.stream().map(EpcisEvent::preHash).toList());
	}

	@Test
	void namedFieldsChangeNoHashIdAtAnyDepth() {
		EventHashId withoutAnnotations = read(jsonDocument("", EVENT.formatted(PLAIN_READ_POINT), "")).get(0).hashId();
		EventHashId annotatedAndIgnored = read(jsonDocument(IGNORE, EVENT.formatted(ANNOTATIONS), "")).get(0).hashId();
		EventHashId annotatedNotIgnored = read(jsonDocument("", EVENT.formatted(ANNOTATIONS), "")).get(0).hashId();

		assertEquals(withoutAnnotations, annotatedAndIgnored);
		assertNotEquals(withoutAnnotations, annotatedNotIgnored);
	}

	@Test
	void ignoredFieldsAreNotKeptWithTheEventButOtherExtensionsAre() {
		EpcisEvent event = read(jsonDocument(IGNORE, EVENT.formatted(ANNOTATIONS), "")).get(0);

		assertFalse(event.json().has("ex:captureId"), event.jsonText());
		assertFalse(event.json().path("readPoint").has("ex:scanner"), event.jsonText());
		assertEquals("kept", event.json().path("ex:batchNote").asText());
		assertEquals(event.hashId(), event.recomputeHashId());
	}

	@Test
	void aNameIsMatchedByItsNamespaceNotItsPrefix() {
		String otherPrefix = "\n \"repo:ignoreFields\": [\"repo:captureId\"],";
		String document = jsonDocument(otherPrefix, EVENT.formatted(", \"ex:captureId\": \"c-8812\""), "")
				.replace("{\"ex\": \"https://example.com/repository/\"}",
						"{\"ex\": \"https://example.com/repository/\"}, {\"repo\": \"https://example.com/repository/\"}");

		assertEquals(read(jsonDocument("", EVENT.formatted(""), "")).get(0).hashId(), read(document).get(0).hashId());
	}

	@Test
	void ignoreFieldsAfterTheEventListIsRefused() {
		String late = jsonDocument("", EVENT.formatted(ANNOTATIONS), ", \"ex:ignoreFields\": [\"ex:captureId\"]");

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(late));

		assertEquals("$.ex:ignoreFields: must come before epcisBody", e.getMessage());
	}

	@Test
	void ignoreFieldsMustBeAListOfNames() {
		EpcisFormatException e = assertThrows(EpcisFormatException.class,
				() -> read(jsonDocument("\n \"ex:ignoreFields\": \"ex:captureId\",", EVENT.formatted(""), "")));

		assertEquals("$.ex:ignoreFields", e.path());
	}

	@Test
	void theXmlBindingListsThemInAnIgnoreFieldsElement() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:ex="https://example.com/repository/"
				    schemaVersion="2.0" creationDate="2024-09-20T09:00:00Z">
				  <EPCISHeader><ignoreFields><field>ex:captureId</field><field>ex:scanner</field></ignoreFields></EPCISHeader>
				  <EPCISBody><EventList><ObjectEvent>
				    <eventTime>2024-09-20T08:00:00.000+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				    <epcList><epc>urn:epc:id:sgtin:6901234.012345.1</epc></epcList><action>OBSERVE</action>
				    <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
				    <readPoint><id>urn:epc:id:sgln:6901234.00001.0</id><ex:scanner>S-3</ex:scanner></readPoint>
				    <ex:batchNote>kept</ex:batchNote><ex:captureId>c-8812</ex:captureId>
				  </ObjectEvent></EventList></EPCISBody>
				</epcis:EPCISDocument>
				""";

		EpcisEvent event = read(xml).get(0);

		assertEquals(read(jsonDocument("", EVENT.formatted(PLAIN_READ_POINT), "")).get(0).hashId(), event.hashId());
		assertTrue(event.json().has("ex:batchNote"), event.jsonText());
	}

	@Test
	void anXmlNameWithAnUndeclaredPrefixIsRefused() {
		String xml = """
				<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0">
				  <EPCISHeader><ignoreFields>nope:captureId</ignoreFields></EPCISHeader>
				  <EPCISBody><EventList/></EPCISBody></epcis:EPCISDocument>
				""";

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertTrue(e.getMessage().contains("\"nope:captureId\" has an undeclared prefix"), e.getMessage());
	}
}
