package io.agritrace.service;

import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Party;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.CoopToMill;
import io.agritrace.tests.harness.MachineZone;

/**
 * The trace written out: an EPCIS document that re-reads to the same events,
 * the regulator's spreadsheet, and the recall list with the holders' telephones.
 */
class ExportsTest {

	@TempDir
	Path workspace;
	private TraceStore store;
	private List<EpcisEvent> recorded;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		recorded = List.of(CoopToMill.harvestIn(store), CoopToMill.shipping(),
				StepEvents.inspecting(T.plusDays(2), PADDY, BigDecimal.valueOf(2), "KGM", MILL_SITE, false, null).build());
		recorded.subList(1, 3).forEach(store.importer()::record);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void theEpcisDocumentReReadsToTheTracesEvents() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(3, new Exports(store).epcis(PADDY, out, () -> false));
		List<String> read = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(new ByteArrayInputStream(out.toByteArray()))) {
			reader.forEachRemaining(e -> read.add(e.hashId().toString()));
		}
		assertEquals(recorded.stream().map(e -> e.hashId().toString()).toList(), read);
	}

	@Test
	void theSpreadsheetHasARowPerEventInTimeOrderWithNamesInTheReadersLanguage() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(3, new Exports(store).spreadsheet(PADDY, out, Locale.ENGLISH));
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFF"), "a byte order mark, so that spreadsheet programs read UTF-8");
		List<String> lines = csv.substring(1).lines().toList();
		assertEquals(4, lines.size(), csv);
		assertEquals(12, lines.get(0).split(",").length, lines.get(0));
		assertTrue(lines.get(1).contains(",Harvesting,MH-1,\"Paddy, japonica\",1000,kg,"), lines.get(1));
		assertTrue(lines.get(2).contains(",Shuidao Cooperative,Jilin Rice Mill,Paddy field,,"), lines.get(2));
		assertTrue(lines.get(3).contains(",Inspection,") && lines.get(3).contains(",non-conformant,"
				+ recorded.get(2).hashId() + ","), lines.get(3));

		ByteArrayOutputStream chinese = new ByteArrayOutputStream();
		new Exports(store).spreadsheet(PADDY, chinese, Locale.SIMPLIFIED_CHINESE);
		String sheet = chinese.toString(StandardCharsets.UTF_8);
		assertTrue(sheet.contains(",水道合作社,吉林米业,稻田,"), sheet);
		// The "harvesting", "KGM" and "conformant" in the Chinese sheet: steps, units and results are words.
		assertTrue(sheet.contains(",采收,MH-1,") && sheet.contains(",1000,千克,") && sheet.contains(",不合格,"), sheet);
		String codes = sheet.lines().skip(1).map(row -> row.substring(0, row.indexOf(",ni:///"))).reduce("", String::concat);
		assertFalse(codes.matches("(?s).*(harvesting|shipping|inspecting|KGM|conformant).*"), sheet);
	}

	/**
	 * The recall list "2026-11-17 00:49" with no zone beside the trace's
	 * "+08:00", on a machine in UTC: both write the workspace's times alike,
	 * name its zone in the header, and write an offset only where an event's is another.
	 */
	@ParameterizedTest
	@ValueSource(strings = { MachineZone.UTC, MachineZone.NEW_YORK })
	void bothSpreadsheetsWriteTimesByOneRuleWhateverTheMachinesZone(String machine) throws Exception {
		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(5), PADDY, BigDecimal.valueOf(990), "KGM",
				CoopToMill.TO_MILL).build());
		store.importer().record(StepEvents.inspecting(T.plusDays(3).withOffsetSameInstant(ZoneOffset.ofHours(9)), PADDY,
				BigDecimal.ONE, "KGM", MILL_SITE, true, null).build());
		List<String> trace = MachineZone.in(machine, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new Exports(store).spreadsheet(PADDY, out, Locale.ENGLISH);
			return out.toString(StandardCharsets.UTF_8).lines().toList();
		});
		List<String> recall = MachineZone.in(machine, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new Exports(store).recall(PADDY, out, Locale.ENGLISH);
			return out.toString(StandardCharsets.UTF_8).lines().toList();
		});

		assertTrue(trace.get(0).startsWith("\uFEFFTime: China Standard Time (UTC+08:00),"), trace.get(0));
		assertTrue(trace.get(1).startsWith("2026-10-01 08:00,Harvesting,"), trace.get(1));
		assertTrue(trace.stream().anyMatch(r -> r.startsWith("2026-10-02 13:00,Receiving,")), trace.toString());
		assertTrue(trace.stream().anyMatch(r -> r.startsWith("2026-10-04 09:00 +09:00,Inspection,")), trace.toString());
		assertTrue(recall.get(0).contains(",Arrived or made / left if on its way: China Standard Time (UTC+08:00),"), recall.get(0));
		assertTrue(recall.stream().anyMatch(r -> r.contains(",delivered,2026-10-02 13:00,990,")), recall.toString());
		ByteArrayOutputStream chinese = new ByteArrayOutputStream();
		new Exports(store).recall(PADDY, chinese, Locale.SIMPLIFIED_CHINESE);
		String header = chinese.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertTrue(header.contains("\u53d1\u8fd0\u65f6\u95f4\uff1a\u4e2d\u56fd\u6807\u51c6\u65f6\u95f4\uff08UTC+08:00\uff09,"),
				"the zone in the reader's words, not its ID: " + header);
	}

	@Test
	void theRecallListIsASpreadsheetWithTheHoldersTelephoneAndKilograms() throws Exception {
		store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(5), PADDY, BigDecimal.valueOf(990), "KGM",
				CoopToMill.TO_MILL).build());
		store.masterData().register(List.of(new Party(CoopToMill.MILL, null, null, "吉林米业", "Jilin Rice Mill", "processor",
				"220202", "0432-62345678", false)), List.of(), List.of());
		RecallImpact recall = store.traces().recall(PADDY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertEquals(recall.recipients().size(), new Exports(store).recall(PADDY, out, Locale.ENGLISH));
		List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(1 + recall.recipients().size(), rows.size(), rows.toString());
		assertTrue(rows.get(0).startsWith("\uFEFF"), "UTF-8 with a byte order mark");
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("Jilin Rice Mill,0432-62345678,") && r.contains(",990,990,")),
				rows.toString());
	}
}
