package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * EPCIS XML documents read in the JSON-LD binding: the shapes the binding
 * changes, EPCIS 1.x wrappers, namespaces of user extensions, and the errors
 * a partner's broken document gets.
 */
class EpcisXmlReadingTest {

	/** Numbers as BigDecimal, as the reader writes them: 1200.50 stays 1200.50. */
	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private static List<EpcisEvent> read(String xml) {
		List<EpcisEvent> events = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(
				new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true)) {
			reader.forEachRemaining(events::add);
		}
		return events;
	}

	private static String document(String namespaces, String events) {
		return "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //
				+ "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:1\" schemaVersion=\"1.2\" " + namespaces + ">\n"
				+ "<EPCISBody><EventList>\n" + events + "</EventList></EPCISBody></epcis:EPCISDocument>\n";
	}

	@Test
	void mapsEachFieldToItsJsonLdShape() throws Exception {
		String xml = document("xmlns:ext=\"https://example.com/ext/\" xmlns:cbvmda=\"urn:epcglobal:cbv:mda\"",
				"""
						<ObjectEvent>
						  <eventTime>2024-09-20T08:00:00.000+08:00</eventTime>
						  <eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
						  <baseExtension>
						    <eventID>urn:uuid:0b8b5b6c-1c5e-4f5d-9d5c-1c2b3a4d5e6f</eventID>
						    <errorDeclaration>
						      <declarationTime>2024-09-21T08:00:00.000+08:00</declarationTime>
						      <reason>urn:epcglobal:cbv:er:incorrect_data</reason>
						      <correctiveEventIDs>
						        <correctiveEventID>urn:uuid:1b8b5b6c-1c5e-4f5d-9d5c-1c2b3a4d5e6f</correctiveEventID>
						      </correctiveEventIDs>
						    </errorDeclaration>
						  </baseExtension>
						  <epcList/>
						  <action>OBSERVE</action>
						  <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
						  <disposition>urn:epcglobal:cbv:disp:in_transit</disposition>
						  <readPoint><id>urn:epc:id:sgln:6901234.00001.0</id></readPoint>
						  <bizTransactionList>
						    <bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:6901234000014:PO-7</bizTransaction>
						  </bizTransactionList>
						  <extension>
						    <quantityList>
						      <quantityElement>
						        <epcClass>urn:epc:class:lgtin:6901234.012345.R2024</epcClass>
						        <quantity>1200.50</quantity>
						        <uom>KGM</uom>
						      </quantityElement>
						    </quantityList>
						    <sourceList>
						      <source type="urn:epcglobal:cbv:sdt:possessing_party">urn:epc:id:pgln:6901234.00001</source>
						    </sourceList>
						    <extension>
						      <sensorElementList>
						        <sensorElement>
						          <sensorMetadata time="2024-09-20T07:55:00Z" ext:probe="P-1"/>
						          <sensorReport type="gs1:Temperature" value="4.5" uom="CEL" booleanValue="true"/>
						        </sensorElement>
						      </sensorElementList>
						    </extension>
						  </extension>
						  <ext:harvest grade="A"><ext:field>Meihekou-7</ext:field><ext:field>Meihekou-8</ext:field></ext:harvest>
						  <cbvmda:lotNumber>R2024</cbvmda:lotNumber>
						  <origin xmlns="https://example.com/origin/">Jilin</origin>
						</ObjectEvent>
						""");

		EpcisEvent event = read(xml).get(0);

		JsonNode expected = JSON.readTree("""
				{"type": "ObjectEvent",
				 "eventTime": "2024-09-20T08:00:00.000+08:00", "eventTimeZoneOffset": "+08:00",
				 "eventID": "urn:uuid:0b8b5b6c-1c5e-4f5d-9d5c-1c2b3a4d5e6f",
				 "errorDeclaration": {"declarationTime": "2024-09-21T08:00:00.000+08:00", "reason": "incorrect_data",
				   "correctiveEventIDs": ["urn:uuid:1b8b5b6c-1c5e-4f5d-9d5c-1c2b3a4d5e6f"]},
				 "epcList": [], "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
				 "readPoint": {"id": "urn:epc:id:sgln:6901234.00001.0"},
				 "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:6901234000014:PO-7"}],
				 "quantityList": [{"epcClass": "urn:epc:class:lgtin:6901234.012345.R2024", "quantity": 1200.50, "uom": "KGM"}],
				 "sourceList": [{"type": "possessing_party", "source": "urn:epc:id:pgln:6901234.00001"}],
				 "sensorElementList": [{"sensorMetadata": {"time": "2024-09-20T07:55:00Z", "ext:probe": "P-1"},
				   "sensorReport": [{"type": "gs1:Temperature", "value": 4.5, "uom": "CEL", "booleanValue": true}]}],
				 "ext:harvest": {"grade": "A", "ext:field": ["Meihekou-7", "Meihekou-8"]},
				 "ns1:lotNumber": "R2024",
				 "ns2:origin": "Jilin"}
				""");
		assertEquals(expected, event.json());
		// cbvmda is taken by the standard context (with a colon at the end), the default namespace has no prefix
		assertEquals(Map.of("ext", "https://example.com/ext/", "ns1", "urn:epcglobal:cbv:mda", "ns2",
				"https://example.com/origin/"), event.context().declared());
	}

	@Test
	void readsEpcis1TransformationEventsWrappedInExtension() {
		List<EpcisEvent> events = read(document("", """
				<extension><TransformationEvent>
				  <eventTime>2024-09-20T08:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				  <inputEPCList><epc>urn:epc:id:sgtin:6901234.012345.1</epc></inputEPCList>
				  <outputEPCList><epc>urn:epc:id:sgtin:6901234.054321.1</epc></outputEPCList>
				</TransformationEvent></extension>
				<AggregationEvent>
				  <eventTime>2024-09-20T09:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				  <parentID>urn:epc:id:sscc:6901234.0000000001</parentID>
				  <childEPCs><epc>urn:epc:id:sgtin:6901234.054321.1</epc></childEPCs>
				  <action>ADD</action>
				</AggregationEvent>
				"""));

		assertEquals(List.of(EventType.TransformationEvent, EventType.AggregationEvent),
				events.stream().map(EpcisEvent::type).toList());
		assertEquals("[\"urn:epc:id:sgtin:6901234.054321.1\"]", events.get(1).json().get("childEPCs").toString());
	}

	@Test
	void readsTheEventListOfAQueryDocument() {
		String xml = """
				<epcisq:EPCISQueryDocument xmlns:epcisq="urn:epcglobal:epcis-query:xsd:2" schemaVersion="2.0">
				<EPCISBody><epcisq:QueryResults><queryName>SimpleEventQuery</queryName><resultsBody><EventList>
				<ObjectEvent><eventTime>2024-09-20T08:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				<epcList><epc>urn:epc:id:sgtin:6901234.012345.1</epc></epcList><action>OBSERVE</action></ObjectEvent>
				</EventList></resultsBody></epcisq:QueryResults></EPCISBody></epcisq:EPCISQueryDocument>
				""";

		assertEquals(1, read(xml).size());
	}

	@Test
	void aQuantityThatIsNoNumberNamesTheFieldAndTheLine() {
		String xml = document("", """
				<ObjectEvent><eventTime>2024-09-20T08:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				<action>OBSERVE</action><quantityList><quantityElement>
				<epcClass>urn:epc:class:lgtin:6901234.012345.R2024</epcClass>
				<quantity>12 kg</quantity></quantityElement></quantityList></ObjectEvent>
				""");

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertEquals("EventList[0].quantity", e.path());
		assertTrue(e.getMessage().contains("\"12 kg\" (line 7) is not a number"), e.getMessage());
	}

	@Test
	void anEventTheSchemaRefusesNamesItsPath() {
		String xml = document("", """
				<ObjectEvent><eventTime>2024-09-20T08:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				<epcList><epc>urn:epc:id:sgtin:6901234.012345.1</epc></epcList><action>LOOK</action></ObjectEvent>
				""");

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertEquals("EventList[0].action", e.path());
	}

	@Test
	void brokenXmlNamesTheLine() {
		String xml = document("", "<ObjectEvent><eventTime>2024-09-20T08:00:00Z</eventTime>\n</Object>\n");

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertEquals("line 5", e.path());
		assertTrue(e.getMessage().startsWith("line 5: not well-formed XML: "), e.getMessage());
	}

	@Test
	void aDocumentTypeDeclarationIsRefusedSoNoEntityIsFetched() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE epcis:EPCISDocument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList>
				<ObjectEvent><eventTime>&secret;</eventTime></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>
				""";

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertEquals("line 2", e.path());
		assertTrue(e.getMessage().contains("DTDs are not processed"), e.getMessage());
	}

	@Test
	void anInternalSubsetWithoutEntitiesIsRefusedToo() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE epcis:EPCISDocument [<!ELEMENT EventList ANY>]>
				<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList/></EPCISBody></epcis:EPCISDocument>
				""";

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertTrue(e.getMessage().contains("internal subset is refused"), e.getMessage());
	}

	@Test
	void anEntityReferenceWithoutADeclarationIsNotWellFormed() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE epcis:EPCISDocument SYSTEM "file:///etc/epcis.dtd">
				<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList>
				<ObjectEvent><eventTime>&secret;</eventTime></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>
				""";

		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read(xml));

		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void aPlainDocumentTypeDeclarationIsIgnored() {
		String event = """
				<ObjectEvent><eventTime>2024-09-20T08:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
				<epcList><epc>urn:epc:id:sgtin:6901234.012345.1</epc></epcList><action>OBSERVE</action></ObjectEvent>
				""";
		String without = document("", event);
		String plain = without.replaceFirst("\\?>", "?>\n<!DOCTYPE epcis:EPCISDocument>");
		String external = without.replaceFirst("\\?>",
				"?>\n<!DOCTYPE epcis:EPCISDocument PUBLIC \"-//GS1//EPCIS 1.2//EN\" \"EPCglobal-epcis-1_2.dtd\">");

		EventHashId expected = read(without).get(0).hashId();
		assertTrue(plain.contains("<!DOCTYPE epcis:EPCISDocument>"), plain);
		assertEquals(expected, read(plain).get(0).hashId());
		assertEquals(expected, read(external).get(0).hashId());
	}

	@Test
	void anotherRootElementIsRefused() {
		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> read("<html><body/></html>"));

		assertEquals("/html: must be EPCISDocument or EPCISQueryDocument", e.getMessage());
	}
}
