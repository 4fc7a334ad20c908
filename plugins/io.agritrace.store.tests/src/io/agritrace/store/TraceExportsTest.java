package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;

/** The trace written out: an EPCIS document that re-reads to the same events, and the regulator's spreadsheet. */
class TraceExportsTest {

	private static final String COOP = Gln.partyUri("6901234000017");
	private static final String MILL = Gln.partyUri("6901234000024");
	private static final String FIELD = Gln.locationUri("6901234100014");
	private static final String MILL_SITE = Gln.locationUri("6901234100021");
	private static final String PADDY = Identifiers.lot("06901234000016", "MH-1");
	private static final OffsetDateTime T = OffsetDateTime.parse("2026-10-01T08:00:00+08:00");

	@TempDir
	Path workspace;
	private TraceStore store;
	private List<EpcisEvent> recorded;

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		store.masterData().register(
				List.of(new Party(COOP, null, null, "水道合作社", "Shuidao Cooperative", "cooperative", "220581", false),
						new Party(MILL, null, null, "吉林米业", "Jilin Rice Mill", "processor", "220202", false)),
				List.of(new Location(FIELD, "220581", "稻田", "Paddy field", null, null, false),
						new Location(MILL_SITE, "220202", "米厂", "Mill", null, null, false)),
				List.of(new Product("06901234000016", "水稻", "Paddy, japonica", "grain", false)));
		recorded = List.of(StepEvents.harvest(T, PADDY, BigDecimal.valueOf(1000), "KGM", FIELD).build(),
				StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(1000), "KGM",
						new StepEvents.Handover(COOP, FIELD, MILL, MILL_SITE)).build(),
				StepEvents.inspecting(T.plusDays(2), PADDY, BigDecimal.valueOf(2), "KGM", MILL_SITE, false, null).build());
		recorded.forEach(store.importer()::record);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void theEpcisDocumentReReadsToTheTracesEvents() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(3, store.exports().epcis(PADDY, out, () -> false));
		List<String> read = new ArrayList<>();
		try (EpcisDocumentReader reader = new EpcisDocumentReader(new ByteArrayInputStream(out.toByteArray()))) {
			reader.forEachRemaining(e -> read.add(e.hashId().toString()));
		}
		assertEquals(recorded.stream().map(e -> e.hashId().toString()).toList(), read);
	}

	@Test
	void theSpreadsheetHasARowPerEventInTimeOrderWithNamesInTheReadersLanguage() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(3, store.exports().spreadsheet(PADDY, out, Locale.ENGLISH));
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFF"), "a byte order mark, so that spreadsheet programs read UTF-8");
		List<String> lines = csv.substring(1).lines().toList();
		assertEquals(4, lines.size(), csv);
		assertEquals(12, lines.get(0).split(",").length, lines.get(0));
		assertTrue(lines.get(1).contains(",harvesting,MH-1,\"Paddy, japonica\",1000,KGM,"), lines.get(1));
		assertTrue(lines.get(2).contains(",Shuidao Cooperative,Jilin Rice Mill,Paddy field,,"), lines.get(2));
		assertTrue(lines.get(3).contains(",inspecting,") && lines.get(3).contains(",non_conformant,"
				+ recorded.get(2).hashId() + ","), lines.get(3));

		ByteArrayOutputStream chinese = new ByteArrayOutputStream();
		store.exports().spreadsheet(PADDY, chinese, Locale.SIMPLIFIED_CHINESE);
		assertTrue(chinese.toString(StandardCharsets.UTF_8).contains(",水道合作社,吉林米业,稻田,"));
	}
}
