package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.text.Message;
import io.agritrace.core.trace.Finding;
import io.agritrace.core.trace.Trace;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.tests.harness.MachineZone;

class EventImporterTest {

	/** GS1's EPCIS 2.0 example documents (resources/gs1-examples, GS1 licence). */
	private static final Path GS1_EXAMPLES = Path.of("resources/gs1-examples");
	/** More events than a write run writes between two commits, several times over. */
	private static final int MANY = 1_700;

	@TempDir
	Path workspace;
	private TraceStore store;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private EventImporter.Result importFile(Path file, boolean strict) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return store.importer().importDocument(in, strict, () -> false);
		}
	}

	private EventImporter.Result importText(String json, boolean strict) {
		return store.importer().importDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), strict,
				() -> false);
	}

	@TestFactory
	Stream<DynamicTest> everyGs1ExampleDocumentImportsWithTheHashIdsItDeclares() throws IOException {
		assertTrue(Files.isDirectory(GS1_EXAMPLES), "GS1 examples expected at " + GS1_EXAMPLES.toAbsolutePath());
		List<Path> documents;
		try (Stream<Path> files = Files.walk(GS1_EXAMPLES)) {
			documents = files.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList();
		}
		assertFalse(documents.isEmpty());
		return documents.stream().map(doc -> dynamicTest(doc.getFileName().toString(), () -> {
			EventImporter.Result result = importFile(doc, false);
			int events = count(doc);
			assertEquals(events, result.inserted() + result.duplicates() + result.declared(), result.toString());
		}));
	}

	private static int count(Path doc) throws IOException {
		return read(doc).size();
	}

	@Test
	void anErrorDeclarationIsRecordedOnTheEventItDeclares() throws IOException {
		importFile(GS1_EXAMPLES.resolve("Example_9.6.1-ObjectEvent.jsonld"), false);
		EventImporter.Result result = importFile(
				GS1_EXAMPLES.resolve("WithErrorDeclaration/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld"), false);
		assertEquals(0, result.inserted());
		assertTrue(result.declared() > 0, result.toString());
	}

	@Test
	void aDocumentThatBreaksTheStandardIsRefusedWholeWithThePath() {
		String doc = """
				{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",
				 "schemaVersion":"2.0","creationDate":"2026-10-01T00:00:00Z","epcisBody":{"eventList":[
				 {"type":"ObjectEvent","eventTime":"2026-10-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",
				  "action":"OBSERVE","epcList":["urn:epc:id:sgtin:6901234.000001.1"]},
				 {"type":"ObjectEvent","eventTimeZoneOffset":"+08:00","action":"OBSERVE"}]}}""";
		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> importText(doc, false));
		assertEquals("epcisBody.eventList[1].eventTime", e.path());
		assertEquals(0, store.events().count(), "the valid first event is not kept either");
	}

	@Test
	void anEventAgainstGs1sJsonSchemaIsRefusedWithThePathAndTheReason() {
		String doc = """
				{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",
				 "schemaVersion":"2.0","creationDate":"2026-10-01T00:00:00Z","epcisBody":{"eventList":[
				 {"type":"ObjectEvent","eventTime":"2026-10-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",
				  "action":"OBSERVE","epcList":["urn:epc:id:sgtin:6901234.000001.1"],"readPoint":{"id":42}}]}}""";
		EpcisFormatException e = assertThrows(EpcisFormatException.class, () -> importText(doc, false));
		assertTrue(e.path().startsWith("epcisBody.eventList[0].readPoint"), e.getMessage());
		assertEquals(0, store.events().count());
	}

	@Test
	void aBrokenRuleIsFlaggedOnImportAndRefusedInStrictMode() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
		String lot = riceLot(demo);
		EpcisEvent stolen = shippedByWhoDoesNotHoldIt(lot);
		String doc = document(List.of(stolen));
		assertThrows(RulesBrokenException.class, () -> importText(doc, true));
		assertTrue(store.events().find(stolen.hashId()).isEmpty());
		EventImporter.Result lenient = importText(doc, false);
		assertEquals(1, lenient.warnings().size(), lenient.toString());
		assertEquals(List.of("Rule_notHolder"), lenient.warnings().get(0).messages().stream().map(Message::code).toList());
		Finding stored = store.traces().trace(lot).findings().get(0);
		assertEquals(lenient.warnings().get(0), stored, "the store keeps the codes and arguments");
		assertTrue(stored.text(Locale.ENGLISH).contains(": Shipper: "), stored.text(Locale.ENGLISH));
	}

	@Test
	void aCancelledImportStoresNothing() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		String doc = document(demo.events());
		AtomicInteger polls = new AtomicInteger();
		assertThrows(EventImporter.ImportCancelledException.class, () -> store.importer().importDocument(
				new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), false, () -> polls.incrementAndGet() > 5));
		assertEquals(0, store.events().count());
		assertEquals(demo.events().size(), importText(doc, false).inserted(), "the same import, not cancelled");
	}

	/**
	 * An import commits every few hundred events (a write run): refused at its
	 * last event, it must still keep nothing, not even the error declarations
	 * and external master data of its first events.
	 */
	@Test
	void aStrictImportRefusedAtItsLastEventKeepsNothingItCommitted() throws IOException {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
		importFile(GS1_EXAMPLES.resolve("Example_9.6.1-ObjectEvent.jsonld"), false);
		List<EpcisEvent> declarations = read(
				GS1_EXAMPLES.resolve("WithErrorDeclaration/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld"));
		Map<String, Long> before = tableCounts();

		List<EpcisEvent> events = new ArrayList<>(declarations);
		events.addAll(inspections("06901234077773", "https://id.gs1.org/414/6901234077772"));
		events.add(shippedByWhoDoesNotHoldIt(riceLot(demo)));
		String doc = document(events);
		assertThrows(RulesBrokenException.class, () -> importText(doc, true));

		assertEquals(before, tableCounts(), "events, items, outbox, custody, master data, declarations, runs");
		for (EpcisEvent declared : declarations) {
			assertNull(store.events().find(declared.hashId()).orElseThrow().errorDeclaration(),
					"the refused document's error declaration is taken back");
		}
		EventImporter.Result lenient = importText(doc, false);
		assertEquals(MANY + 1, lenient.inserted(), "the same document, not strict");
		assertNotNull(store.events().find(declarations.get(0).hashId()).orElseThrow().errorDeclaration());
	}

	@Test
	void anImportCancelledAfterItsFirstCommitsKeepsNothing() {
		Map<String, Long> before = tableCounts();
		String doc = document(inspections("06901234077780", "https://id.gs1.org/414/6901234077789"));
		AtomicInteger polls = new AtomicInteger();
		assertThrows(EventImporter.ImportCancelledException.class, () -> store.importer().importDocument(
				new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), false, () -> polls.incrementAndGet() > MANY - 10));
		assertEquals(before, tableCounts());
	}

	/** What an import names and nobody registered becomes external master data, each once; what is registered stays so. */
	@Test
	void anImportAddsWhatNobodyRegisteredAsExternalMasterData() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
		String gtin = "06901234077803";
		String readPoint = "https://id.gs1.org/414/6901234099997";
		String carrier = "https://id.gs1.org/417/6901234099997";
		String registered = demo.masterData().locations().get(0).uri();
		List<String> parties = externals("party", "uri");
		List<String> locations = externals("location", "uri");
		List<String> products = externals("product", "gtin");

		List<EpcisEvent> events = new ArrayList<>(inspections(gtin, readPoint));
		events.add(EventBuilder.event(EventType.ObjectEvent, OffsetDateTime.parse("2026-11-25T10:00:00+08:00"))
				.action("OBSERVE").bizStep("shipping").readPoint(registered)
				.quantity(demo.batches().get(1).code(), BigDecimal.ONE, "KGM")
				.source(PartyRef.POSSESSING_PARTY, carrier).build());
		assertEquals(MANY + 1, importText(document(events), false).inserted());

		parties.add(carrier);
		locations.add(readPoint);
		products.add(gtin);
		assertEquals(parties.stream().sorted().toList(), externals("party", "uri"));
		assertEquals(locations.stream().sorted().toList(), externals("location", "uri"));
		assertEquals(products.stream().sorted().toList(), externals("product", "gtin"));
	}

	/** Keys of a master-data table's external rows, sorted. */
	private List<String> externals(String table, String key) {
		return StoreInternals.sql(store, c -> {
			List<String> keys = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT " + key + " FROM " + table + " WHERE external ORDER BY " + key)) {
				while (r.next()) {
					keys.add(r.getString(1));
				}
			}
			return keys;
		});
	}

	/** {@link #MANY} inspections of new lots of a product nobody registered, at a read point nobody registered. */
	private static List<EpcisEvent> inspections(String gtin, String readPoint) {
		List<EpcisEvent> events = new ArrayList<>();
		OffsetDateTime t = OffsetDateTime.parse("2026-10-01T08:00:00+08:00");
		for (int i = 0; i < MANY; i++) {
			events.add(EventBuilder.event(EventType.ObjectEvent, t.plusMinutes(i)).action("OBSERVE").bizStep("inspecting")
					.readPoint(readPoint).quantity("https://id.gs1.org/01/" + gtin + "/10/INSPECTED-" + i, BigDecimal.ONE, "KGM")
					.build());
		}
		return events;
	}

	/** The milled rice of the demo is at the cold store: the cooperative cannot ship it. */
	/** The demo's first milled rice lot: held by the mill, shipped on to the cold store. */
	private static String riceLot(DemoDataSet demo) {
		return demo.batches().stream().map(ProductBatch::code)
				.filter(code -> Identifiers.gtin(code).equals(Optional.of(JilinMasterData.MEIHE_RICE.gtin()))).findFirst().orElseThrow();
	}

	private static EpcisEvent shippedByWhoDoesNotHoldIt(String lot) {
		return EventBuilder.event(EventType.ObjectEvent, OffsetDateTime.parse("2026-11-25T10:00:00+08:00"))
				.action("OBSERVE").bizStep("shipping").quantity(lot, BigDecimal.ONE, "KGM")
				.source(PartyRef.POSSESSING_PARTY, "https://id.gs1.org/417/6901234000016").build();
	}

	/** Rows of every table an import writes. */
	private Map<String, Long> tableCounts() {
		return StoreInternals.sql(store, c -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			try (Statement s = c.createStatement()) {
				for (String table : List.of("epcis_event", "event_item", "anchor_outbox", "custody_pending", "party",
						"location", "product", "product_batch", "run_declaration", "write_run")) {
					try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
						r.next();
						counts.put(table, r.getLong(1));
					}
				}
			}
			return counts;
		});
	}

	private static List<EpcisEvent> read(Path file) throws IOException {
		List<EpcisEvent> events = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); EpcisDocumentReader reader = new EpcisDocumentReader(in)) {
			reader.forEachRemaining(events::add);
		}
		return events;
	}

	@Test
	void anExportedTraceReimportsToTheSameHashIds() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
		Trace trace = store.traces().trace(riceLot(demo));
		List<String> exported = trace.all().events().stream().map(e -> e.hashId().toString()).toList();
		String doc = document(trace.all().events());
		List<String> reread = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))) {
			reader.forEachRemaining(e -> reread.add(e.hashId().toString()));
		}
		assertEquals(exported, reread);
		try (TraceStore other = TraceStore.openWorkspace(workspace.resolve("other"))) {
			EventImporter.Result result = other.importer()
					.importDocument(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), false, () -> false);
			assertEquals(exported.size(), result.inserted());
		}
	}

	/** A cooperative's harvest and shipment of a rice lot in EPCIS 1.2 XML, as older partner systems write it. */
	private static final String XML_DOCUMENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" xmlns:coop="https://coop.example.cn/epcis/"
			    schemaVersion="1.2" creationDate="2026-10-02T00:00:00Z">
			  <EPCISBody><EventList>
			    <ObjectEvent>
			      <eventTime>2026-10-01T08:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
			      <epcList/><action>ADD</action>
			      <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
			      <readPoint><id>urn:epc:id:sgln:6901234.00999.0</id></readPoint>
			      <extension>
			        <quantityList><quantityElement>
			          <epcClass>urn:epc:class:lgtin:6901234.000001.XML-1</epcClass><quantity>1500</quantity><uom>KGM</uom>
			        </quantityElement></quantityList>
			        <ilmd><coop:paddyField>Meihekou-7</coop:paddyField></ilmd>
			      </extension>
			    </ObjectEvent>
			    <ObjectEvent>
			      <eventTime>2026-10-01T15:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
			      <epcList/><action>OBSERVE</action>
			      <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
			      <readPoint><id>urn:epc:id:sgln:6901234.00999.0</id></readPoint>
			      <extension>
			        <quantityList><quantityElement>
			          <epcClass>urn:epc:class:lgtin:6901234.000001.XML-1</epcClass><quantity>1500</quantity><uom>KGM</uom>
			        </quantityElement></quantityList>
			        <sourceList><source type="urn:epcglobal:cbv:sdt:possessing_party">urn:epc:id:pgln:6901234.00999</source></sourceList>
			        <destinationList>
			          <destination type="urn:epcglobal:cbv:sdt:possessing_party">urn:epc:id:pgln:6901234.00888</destination>
			        </destinationList>
			      </extension>
			    </ObjectEvent>
			  </EventList></EPCISBody>
			</epcis:EPCISDocument>
			""";

	@Test
	void anXmlDocumentImportsAndExportsAsJsonLdWithTheSameHashIds() {
		List<String> declared = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(
				new ByteArrayInputStream(XML_DOCUMENT.getBytes(StandardCharsets.UTF_8)))) {
			reader.forEachRemaining(e -> declared.add(e.hashId().toString()));
		}

		EventImporter.Result result = importText(XML_DOCUMENT, true);

		assertEquals(2, result.inserted(), result.toString());
		List<EpcisEvent> stored = store.traces().trace("https://id.gs1.org/01/06901234000016/10/XML-1").all().events();
		assertEquals(declared, stored.stream().map(e -> e.hashId().toString()).toList());
		assertEquals("Meihekou-7", stored.get(0).json().path("ilmd").path("coop:paddyField").asText());
		String exported = document(stored);
		List<String> reread = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(
				new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), true)) {
			reader.forEachRemaining(e -> reread.add(e.hashId().toString()));
		}
		assertEquals(declared, reread);
	}

	@Test
	void recordingNeedsRegisteredMasterDataAndNamesWhatIsMissing() {
		EpcisEvent harvest = EventBuilder.event(EventType.ObjectEvent, OffsetDateTime.parse("2026-11-20T08:00:00+08:00"))
				.action("ADD").bizStep("commissioning").readPoint("https://id.gs1.org/414/6901234009996")
				.quantity("https://id.gs1.org/01/06901234000016/10/NEW-1", BigDecimal.TEN, "KGM").build();
		RulesBrokenException e = assertThrows(RulesBrokenException.class, () -> store.importer().record(harvest));
		assertEquals(List.of("location", "product"), e.violations().stream().map(v -> v.field()).toList());
		assertEquals(0, store.events().count());
	}

	/** Refusals write times in the workspace's zone (the store's clock's), not the machine's. */
	@Test
	void aRefusalWritesTimesInTheWorkspacesZone() throws Exception {
		try (TraceStore tokyo = TraceStore.openWorkspace(workspace.resolve("tokyo"), Clock.system(ZoneId.of("Asia/Tokyo")))) {
			EpcisEvent future = EventBuilder.event(EventType.ObjectEvent, OffsetDateTime.parse("2099-01-01T09:00:00+09:00"))
					.action("OBSERVE").bizStep("inspecting").readPoint("https://id.gs1.org/414/6901234009996")
					.quantity("https://id.gs1.org/01/06901234000016/10/NEW-1", BigDecimal.TEN, "KGM").build();
			String refusal = MachineZone.in(MachineZone.UTC,
					() -> assertThrows(RulesBrokenException.class, () -> tokyo.importer().record(future)).text(Locale.ENGLISH));
			assertTrue(refusal.contains("Event time: 2099-01-01 09:00 is in the future."), refusal);
		}
	}

	private static String document(List<EpcisEvent> events) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> prefixes = new HashMap<>();
		events.forEach(e -> prefixes.putAll(e.context().declared()));
		try (EpcisDocumentWriter writer = new EpcisDocumentWriter(out, prefixes, Instant.now())) {
			events.forEach(writer::write);
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
