package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.Uscc;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.service.Quantities;
import io.agritrace.store.CodeKind;
import io.agritrace.store.MasterDataChange;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

class CliApplicationTest {

	private static final String USCC = "91220581MA0Y3K8L2" + Uscc.checkCharacter("91220581MA0Y3K8L2");

	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CliApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workspace, name -> null);
	}

	/** Runs a command line as the launcher's {@code -nl} would: it sets the default locale. */
	private int runIn(Locale language, String... args) {
		Locale before = Locale.getDefault();
		Locale.setDefault(language);
		try {
			return run(args);
		} finally {
			Locale.setDefault(before);
		}
	}

	private DemoDataSet demo() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		return demo;
	}

	/** Chinese output has no English word in it: no Latin letter. */
	private static void assertNoLatinLetterInChinese(Locale language, String text) {
		if (DisplayLanguage.isChinese(language)) {
			assertFalse(text.matches("(?s).*[A-Za-z].*"), "English in Chinese output: " + text);
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A line's tab-separated cells, without the spaces that line them up. */
	private static List<String> cells(String line) {
		return Stream.of(line.split("\t", -1)).map(String::strip).toList();
	}

	/** Each cell of every line starts in the same terminal column as the one above it: a tab goes to the next eighth. */
	private static void assertLinedUp(List<String> lines) {
		Set<List<Integer>> starts = new HashSet<>();
		for (String line : lines) {
			List<Integer> cells = new ArrayList<>();
			int column = 0;
			for (String cell : line.split("\t", -1)) {
				cells.add(column);
				column = (column + Columns.width(cell)) / 8 * 8 + 8;
			}
			starts.add(cells);
		}
		assertEquals(1, starts.size(), "the columns line up:\n" + String.join("\n", lines));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listPrintsAHeaderAndOneLinePerBatch() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		assertEquals(0, run("list"), err());
		List<String> lines = out().lines().toList();
		assertEquals(1 + demo.batches().size(), lines.size(), out());
		assertEquals(List.of("Digital Link", "Product"), cells(lines.get(0)).subList(0, 2), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> cells(l).get(0).equals(demo.batches().get(0).code())), out());
		assertEquals("", err());
	}

	/**
	 * The issue: {@code -nl zh list} printed English headers, "KGM" and "梅河稻谷 Meihe paddy". The columns stay
	 * tab-separated, their words in the language.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void listNamesProductUnitAndHeaderInTheLanguage(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		DemoDataSet demo = demo();
		assertEquals(0, runIn(language, "list"), err());
		List<String> lines = out().lines().toList();
		assertEquals(List.of(Texts.List_header.text(language).split("\t")), cells(lines.get(0)));
		assertNoLatinLetterInChinese(language, lines.get(0));
		assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 8), out());
		assertFalse(out().contains("KGM"), out());
		for (ProductBatch b : demo.batches()) {
			assertFalse(out().contains(b.productName()), "both languages glued: " + b.productName());
		}
		List<String> paddy = lines.stream().map(CliApplicationTest::cells).filter(l -> l.get(0).equals(demo.batches().get(0).code()))
				.findFirst().orElseThrow();
		assertEquals(DisplayLanguage.name(language, JilinMasterData.PADDY.nameZh(), JilinMasterData.PADDY.nameEn()), paddy.get(1));
		assertEquals(Quantities.unitName("KGM", language), paddy.get(3));
	}

	/** The newcomer: {@code list} gave the county as its code (220581), its columns out of line under wider names. */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void listNamesTheCountyOfOriginAndLinesUpItsColumns(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		DemoDataSet demo = demo();
		assertEquals(0, runIn(language, "list"), err());
		List<String> lines = out().lines().toList();
		Map<String, String> counties = lines.stream().skip(1).map(CliApplicationTest::cells)
				.collect(Collectors.toMap(l -> l.get(0), l -> l.get(5)));
		for (ProductBatch b : demo.batches()) {
			assertEquals(Divisions.name(b.originDivision(), language), counties.get(b.code()), b.code());
		}
		assertEquals(DisplayLanguage.isChinese(language) ? "梅河口市" : "Meihekou City",
				counties.get(demo.batches().get(0).code()));
		assertLinedUp(lines);
	}

	/** The issue: {@code -nl zh recall} printed English headers and the arrivals as codes (made, delivered, on_its_way). */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void recallSaysHowEachLotCameInWordsUnderAHeaderInTheLanguage(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		ProductBatch paddy = demo().batches().get(0);
		assertEquals(0, runIn(language, "recall", paddy.traceCode()), err());
		List<String> lines = out().lines().toList();
		assertEquals(List.of(Texts.Recall_header.text(language).split("\t")), cells(lines.get(1)));
		assertNoLatinLetterInChinese(language, lines.get(1));
		Set<String> arrivals = Stream.of(RecallImpact.Arrival.values()).map(a -> a.label(language)).collect(Collectors.toSet());
		List<List<String>> rows = lines.stream().skip(2).map(CliApplicationTest::cells).toList();
		assertFalse(rows.isEmpty(), out());
		for (List<String> row : rows) {
			assertEquals(7, row.size(), String.join("|", row));
			assertTrue(arrivals.contains(row.get(4)), row.get(4) + " is none of " + arrivals);
		}
		assertLinedUp(lines.subList(1, lines.size()));
		assertFalse(out().contains("on_its_way") || out().contains("KGM"), out());
	}

	/**
	 * The issue: {@code -nl zh trace} printed "Temperature 8.2 CEL", and its timeline's columns, padded by characters,
	 * did not line up under Chinese step names (two columns wide each).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void traceNamesSensorReadingsInWordsAndLinesUpItsColumns(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		// A reading, e.g. "温度 8.2 °C" or "Relative humidity 85 %", then the spaces up to its place's column.
		Pattern reading = Pattern.compile("  \\S+ \\S+  (?:" + Pattern.quote(Quantities.measure("Temperature", language))
				+ " -?[\\d.]+ \u00b0C|" + Pattern.quote(Quantities.measure("RelativeHumidity", language)) + " [\\d.]+ %) +");
		int readings = 0;
		for (ProductBatch batch : demo().batches()) {
			out.reset();
			assertEquals(0, runIn(language, "trace", batch.traceCode()), err());
			List<String> lines = out().lines().toList();
			List<String> timeline = lines.stream().filter(l -> l.contains("ni:///")).toList();
			assertEquals(1, timeline.stream().map(l -> Columns.width(l.substring(0, l.indexOf("ni:///")))).distinct().count(),
					"the hash IDs start in one column:\n" + String.join("\n", timeline));
			List<String> sensors = lines.stream().dropWhile(l -> !l.equals(Texts.Trace_sensors.text(language))).skip(1)
					.takeWhile(l -> l.startsWith("  ")).toList();
			Set<Integer> places = new HashSet<>();
			for (String line : sensors) {
				Matcher m = reading.matcher(line);
				assertTrue(m.lookingAt(), line);
				places.add(Columns.width(line.substring(0, m.end())));
			}
			assertTrue(places.size() <= 1, "the places start in one column:\n" + String.join("\n", sensors));
			readings += sensors.size();
			assertFalse(out().contains("CEL") || out().contains("KGM"), out());
			if (DisplayLanguage.isChinese(language)) {
				assertFalse(out().contains("Temperature") || out().contains("Humidity"), out());
			}
		}
		assertTrue(readings > 0, "the demo's lots have sensor readings");
	}

	/**
	 * The newcomer: {@code trace} listed the lots up- and downstream as Digital Links. They read as the Batch editor's
	 * lineage names them, by lot number and product name in the language, the arrows lined up.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void traceNamesTheLotsOfItsLineageByLotNumberAndProduct(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		DemoDataSet demo = demo();
		ProductBatch paddy = demo.batches().get(0);
		String name = paddy.lot() + "  " + DisplayLanguage.name(language, JilinMasterData.PADDY.nameZh(), JilinMasterData.PADDY.nameEn());
		List<String> fromPaddy = new ArrayList<>();
		for (ProductBatch batch : demo.batches()) {
			out.reset();
			assertEquals(0, runIn(language, "trace", batch.traceCode()), err());
			for (Texts heading : List.of(Texts.Trace_upstream, Texts.Trace_downstream)) {
				String title = heading.text(language, 0);
				List<String> steps = out().lines().dropWhile(l -> !l.startsWith(title.substring(0, title.indexOf('0'))))
						.skip(1).takeWhile(l -> l.startsWith("  ")).toList();
				assertTrue(steps.stream().noneMatch(l -> l.contains("https://")), out());
				assertTrue(steps.stream().map(l -> Columns.width(l.substring(0, l.replace(" <- ", " -> ").indexOf(" -> "))))
						.distinct().count() <= 1, "the arrows line up:\n" + String.join("\n", steps));
				steps.stream().filter(l -> l.startsWith("  " + name + "  ") || l.endsWith("  <-  " + name)).forEach(fromPaddy::add);
			}
		}
		assertTrue(fromPaddy.stream().anyMatch(l -> l.contains("  ->  ")), "the paddy downstream of itself: " + fromPaddy);
		assertTrue(fromPaddy.stream().anyMatch(l -> l.contains("  <-  ")), "the paddy upstream of the rice: " + fromPaddy);
	}

	/**
	 * The newcomer: a rice lot's store log had one reading out of its band, and {@code trace} warned of an excursion
	 * "from 14:22 to 14:22 (0 min)"; it says one reading, with its value, time and place.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void traceWarnsOfASingleReadingOutOfTheBandAsOneReadingNotZeroMinutes(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		List<String> warnings = new ArrayList<>();
		for (ProductBatch batch : demo().batches()) {
			out.reset();
			assertEquals(0, runIn(language, "trace", batch.traceCode()), err());
			String prefix = Texts.Trace_warning.text(language, "");
			out().lines().filter(l -> l.startsWith(prefix)).forEach(warnings::add);
		}
		String oneReading = DisplayLanguage.isChinese(language) ? "单次读数温度超出" : " in one reading, ";
		assertTrue(warnings.stream().anyMatch(w -> w.contains(oneReading)), "the demo's single warm reading:\n" + warnings);
		String zero = DisplayLanguage.isChinese(language) ? "（0 分钟）" : "(0 min)";
		assertTrue(warnings.stream().noneMatch(w -> w.contains(zero)), String.join("\n", warnings));
	}

	/** The issue: {@code -nl zh stats} named every figure in English. */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void statsNamesEachFigureInTheLanguageWithTheValuesLinedUp(String tag) {
		Locale language = Locale.forLanguageTag(tag);
		DemoDataSet demo = demo();
		assertEquals(0, runIn(language, "stats"), err());
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).matches(Pattern.quote(Texts.Stats_batches.text(language) + ": ") + " *" + demo.batches().size()),
				lines.get(0));
		assertEquals(1, lines.stream().map(l -> Columns.width(l.replaceFirst("\\d+$", ""))).distinct().count(),
				"the values start in one column:\n" + out());
		assertNoLatinLetterInChinese(language, out());
	}

	@Test
	void registerNamesTheOptionThatBreaksARuleAndStoresNothing() {
		assertEquals(1, run("register", "party", "--uscc", USCC, "--gln", "6901234000017",
				"--name-zh", "水道合作社", "--role", "cooperative"));
		assertTrue(err().contains("--gln: \"6901234000017\" has a wrong check digit"), err());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(List.of(), store.masterData().parties());
		}
	}

	@Test
	void editCorrectsAPartyUnderItsGlnAndHistoryListsWhoChangedWhat() {
		assertEquals(0, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道合作社",
				"--role", "cooperative"), err());
		out.reset();
		assertEquals(0, run("edit", "party", "6901234000016", "--name-zh", "水道镇稻米合作社", "--contact", "0435-88901234"),
				err());
		assertEquals("--name-zh\t水道合作社\t水道镇稻米合作社\n--contact\t\t0435-88901234\n", out().replace("\r", ""));
		assertEquals(2, run("edit", "party", USCC, "--gln", "6901234000023"), "identifiers are no option of edit");
		assertEquals(2, run("edit", "party", "6901234000030", "--name-zh", "x"), "nothing is registered so");
		assertTrue(err().contains("6901234000030"), err());
		out.reset();
		assertEquals(0, run("history", "party", USCC), err());
		List<String> lines = out().lines().toList();
		assertEquals(3, lines.size(), out());
		String user = System.getProperty("user.name");
		assertEquals(List.of(user, "registered", "", ""), cells(lines.get(0)).subList(1, 5), lines.get(0));
		assertEquals(List.of(user, "--name-zh", "水道合作社", "水道镇稻米合作社"), cells(lines.get(1)).subList(1, 5), lines.get(1));
		assertLinedUp(lines);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals("水道镇稻米合作社", store.masterData().partyName("https://id.gs1.org/417/6901234000016", Locale.CHINESE));
		}
	}

	@Test
	void registeringAPartyAgainChangesNothingAndOtherFieldsAreRefusedAsAnEdit() {
		assertEquals(0, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道合作社",
				"--role", "cooperative"), err());
		assertEquals(0, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道合作社",
				"--role", "cooperative"), "the same party again: " + err());
		assertEquals(1, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道镇合作社",
				"--role", "cooperative"));
		assertTrue(err().contains("6901234000016 is registered already, as 水道合作社. To correct it, edit it in Master Data."),
				err());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals("水道合作社", store.masterData().partyName("https://id.gs1.org/417/6901234000016", Locale.CHINESE));
			assertEquals(List.of(MasterDataChange.Action.REGISTERED), store.masterData()
					.history(MasterDataKind.PARTY, "https://id.gs1.org/417/6901234000016").stream()
					.map(MasterDataChange::action).toList());
		}
	}

	@Test
	void deleteRefusesWhatASiteRefersToAndDeactivateKeepsIt() {
		assertEquals(0, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道合作社",
				"--role", "cooperative"), err());
		assertEquals(0, run("register", "location", "--gln", "6901234000108", "--name-zh", "稻田", "--operator",
				"6901234000016"), err());
		assertEquals(1, run("delete", "party", "6901234000016"));
		assertTrue(err().contains("cannot be deleted: events, lots or sites refer to it. Deactivate it instead"), err());
		assertEquals(0, run("deactivate", "party", "6901234000016"), err());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(List.of(), store.masterData().activeParties());
			assertEquals(1, store.masterData().parties().size());
		}
		assertEquals(0, run("reactivate", "party", "6901234000016"), err());
		assertEquals(0, run("delete", "location", "6901234000108"), err());
		assertEquals(0, run("delete", "party", "6901234000016"), err());
		out.reset();
		assertEquals(0, run("history", "party", "https://id.gs1.org/417/6901234000016"), err());
		assertEquals(List.of("registered", "deactivated", "reactivated", "deleted"),
				out().lines().map(l -> cells(l).get(2)).toList());
		// The newcomer: "deleted" is shorter than a tab stop, and the columns after it went one stop to the left.
		assertLinedUp(out().lines().toList());
		out.reset();
		assertEquals(0, runIn(Locale.SIMPLIFIED_CHINESE, "history", "party", "https://id.gs1.org/417/6901234000016"), err());
		assertEquals(List.of("\u5df2\u767b\u8bb0", "\u5df2\u505c\u7528", "\u5df2\u91cd\u65b0\u542f\u7528", "\u5df2\u5220\u9664"),
				out().lines().map(l -> cells(l).get(2)).toList(), "the actions in Chinese, in the same columns");
		assertLinedUp(out().lines().toList());
	}

	@Test
	void registerStoresAPartyNamedByItsGln() {
		assertEquals(0, run("register", "party", "--uscc", USCC, "--gln", "6901234000016", "--name-zh", "水道合作社",
				"--role", "cooperative", "--county", "220581", "--contact", "0435-88901234"), err());
		assertEquals("https://id.gs1.org/417/6901234000016", out().strip());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals("0435-88901234", store.masterData().contact(out().strip()).orElseThrow());
		}
	}

	@Test
	void registerStoresABatchWithItsCertificateAndRefusesOneThatDoesNotCoverTheHarvest() {
		List<String> batch = List.of("register", "batch", "--gtin", "06901234000016", "--lot", "MH2610-1", "--product",
				"梅河大米", "--quantity", "5000", "--unit", "KGM", "--harvest", "2026-10-05", "--origin", "220581",
				"--certificates");

		assertEquals(1, run(Stream.concat(batch.stream(), Stream.of("gi:AQSIQ2006-191:2023-01-01:2025-12-31")).toArray(String[]::new)));
		assertTrue(err().contains("valid 2023-01-01 to 2025-12-31, which does not cover the harvest date 2026-10-05"), err());
		assertEquals(0, run(Stream.concat(batch.stream(), Stream.of("gi:AQSIQ2006-191:2026-01-01:2028-12-31;green_food",
				"--producer", "6901234000016")).toArray(String[]::new)), err());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			ProductBatch stored = store.batches().list().get(0);
			assertEquals(List.of("green_food", "gi:AQSIQ2006-191:2026-01-01:2028-12-31"),
					stored.certificates().stream().map(Certificate::code).toList(), "in the labels' order");
			assertEquals("https://id.gs1.org/417/6901234000016", stored.producer());
		}
	}

	@Test
	void recordChecksAnEventAgainstGs1sSchemaAsTheImportDoes() throws Exception {
		Path event = workspace.resolveSibling(workspace.getFileName() + "-event.json");
		Files.writeString(event, """
				{"type": "ObjectEvent", "eventTime": "2024-09-20T08:00:00Z", "eventTimeZoneOffset": "+08:00",
				 "epcList": ["urn:epc:id:sgtin:6901234.012345.1"], "action": "LOOK"}
				""");

		assertEquals(1, run("record", event.toString()));
		assertTrue(err().contains("$.action"), err());
	}

	@Test
	void recordPrintsTheHashIdOfAnEventAndSaysWhenItIsRecordedAlready() throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		Path event = workspace.resolveSibling(workspace.getFileName() + "-event.json");
		Files.writeString(event, demo.events().get(0).jsonText());

		assertEquals(0, run("record", event.toString()), err());
		assertEquals(demo.events().get(0).hashId().toString(), out().strip());
		assertTrue(err().contains(Texts.Record_duplicate.text(DisplayLanguage.current())), err());
	}

	/** The issue: red ginseng "milled" into Meihe rice was accepted. */
	@Test
	void recordRefusesRiceMilledFromRedGinsengNamingBoth() throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		EpcisEvent made = demo.events().stream().filter(e -> e.outputQuantities().stream()
				.anyMatch(q -> q.epcClass().contains(JilinMasterData.RED_GINSENG.gtin()))).findFirst().orElseThrow();
		String redGinseng = made.outputQuantities().get(0).epcClass();
		String rice = Identifiers.lot(JilinMasterData.MEIHE_RICE.gtin(), "RG-MILLED-1");
		EpcisEvent milled = StepEvents.transformation(made.eventTime().atOffset(made.timeZone()).plusHours(1), BizSteps.MILLING,
				JilinMasterData.FUSONG_PLANT_SITE.uri()).input(redGinseng, BigDecimal.ONE, "KGM").output(rice, new BigDecimal("0.7"), "KGM")
				.build();
		Path file = workspace.resolveSibling(workspace.getFileName() + "-milled.json");
		Files.writeString(file, milled.jsonText());

		assertEquals(1, run("record", file.toString()));
		assertTrue(err().contains("Output quantity: ") && err().contains("RG-MILLED-1")
				&& err().contains(Identifiers.lotNumber(redGinseng).orElseThrow()), "the rule names both lots: " + err());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertTrue(store.events().find(milled.hashId()).isEmpty(), "nothing is stored");
		}
	}

	@Test
	void correctDeclaresAnEventErroneousAndRecordsItsCorrectiveEventOnce() throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		EpcisEvent original = demo.events().stream().filter(e -> "shipping".equals(e.bizStep())).findFirst().orElseThrow();
		EpcisEvent corrective = EventBuilder.copyOf(original)
				.requantify("quantityList", 0, original.quantities().get(0).quantity().subtract(BigDecimal.ONE)).build();
		Path file = workspace.resolveSibling(workspace.getFileName() + "-corrective.json");
		Files.writeString(file, corrective.jsonText());

		assertEquals(1, run("correct", "sha-256;abc", "--reason", "did_not_occur"));
		assertTrue(err().contains("HASH_ID: \"sha-256;abc\""), err());
		assertEquals(0, run("correct", original.hashId().toString(), "--reason", "incorrect_data", "--with", file.toString()),
				err());
		assertEquals(corrective.hashId().toString(), out().strip());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertTrue(store.events().find(original.hashId()).orElseThrow().errorDeclaration().contains("incorrect_data"));
			assertTrue(store.events().find(corrective.hashId()).isPresent());
		}
		assertEquals(1, run("correct", original.hashId().toString(), "--reason", "did_not_occur"));
		assertTrue(err().contains(original.hashId() + " was corrected already"), err());
	}

	/** `trace` tells each place of a lot with what is still held there: the store's figure, lot by lot. */
	@Test
	void traceHoldsAtEachPlaceWhatTheStoreSaysIsHeldThere() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			for (ProductBatch batch : demo.batches()) {
				out.reset();
				assertEquals(0, run("trace", batch.traceCode()), err());
				List<String> expected = store.holdings().lot(batch.code()).stops().stream().filter(s -> s.quantity() != null)
						.map(s -> Texts.Trace_held.text(DisplayLanguage.current(), new Object[] { s.held().toPlainString(),
								s.quantity().toPlainString(), Quantities.unitName(s.uom(), DisplayLanguage.current()) }))
						.toList();
				List<String> custody = out().lines().dropWhile(l -> !l.equals(Texts.Trace_custody.text(DisplayLanguage.current()))).skip(1)
						.takeWhile(l -> l.startsWith("  ")).toList();
				assertEquals(expected.size(), custody.size(), out());
				// The "KGM" and "harvesting": units and steps as words in the reader's language.
				assertFalse(out().contains("KGM"), out());
				assertFalse(out().matches("(?s).*  (harvesting|shipping|receiving|milling) .*"), out());
				for (int i = 0; i < custody.size(); i++) {
					assertTrue(custody.get(i).endsWith(expected.get(i)), custody.get(i) + " should end with " + expected.get(i));
				}
			}
		}
	}

	/** Each form of code finds the lot, and the first line on standard error says which form it was read as. */
	@Test
	void everyFormOfCodeFindsTheLotAndTheFirstLineSaysWhichItMatched() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		ProductBatch paddy = demo.batches().get(0);
		String g = paddy.gtin().toString();
		Map<String, CodeKind> codes = new LinkedHashMap<>();
		codes.put(paddy.traceCode(), CodeKind.TRACE_CODE);
		codes.put(paddy.lot(), CodeKind.LOT_NUMBER);
		codes.put("https://example.cn/gtin/" + g.substring(1) + "/lot/" + paddy.lot(), CodeKind.DIGITAL_LINK);
		codes.put("urn:epc:class:lgtin:" + g.substring(1, 8) + "." + g.charAt(0) + g.substring(8, 13) + "." + paddy.lot(),
				CodeKind.EPC_URI);
		codes.put("(01)" + g + "(10)" + paddy.lot(), CodeKind.GTIN_AND_LOT);
		codes.forEach((code, kind) -> {
			out.reset();
			err.reset();
			assertEquals(0, run("trace", code), err());
			assertEquals(Texts.Lot_readAs.text(DisplayLanguage.current(), code, kind.label(DisplayLanguage.current()), paddy.code()),
					err().lines().findFirst().orElse(""), code);
			assertEquals(Texts.Trace_title.text(DisplayLanguage.current(), paddy.code()), out().lines().findFirst().orElse(""), code);
		});
		err.reset();
		assertEquals(0, run("recall", paddy.lot()), err());
		assertTrue(err().startsWith(Texts.Lot_readAs.text(DisplayLanguage.current(), new Object[] { paddy.lot(),
				CodeKind.LOT_NUMBER.label(DisplayLanguage.current()), paddy.code() })), err());
		out.reset();
		assertEquals(0, run("export", g + " " + paddy.lot()), err());
		assertTrue(out().startsWith("{"), "standard output keeps the document alone");
	}

	/** A lot number two products share: both are listed, and the command asks for a more exact code. */
	@Test
	void aLotNumberTwoProductsShareIsListedAndRefused() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		ProductBatch paddy = demo.batches().get(0);
		ProductBatch twin = new BatchValidator(Clock.systemDefaultZone()).validate(JilinMasterData.YANBIAN_BEEF.gtin(), paddy.lot(),
				"twin", BigDecimal.ONE, "KGM", paddy.harvestDate(), "222405");
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			store.batches().saveAll(List.of(twin));
		}
		for (String command : List.of("trace", "recall", "export")) {
			err.reset();
			assertEquals(1, run(command, paddy.lot()), command);
			assertTrue(err().contains(paddy.traceCode()) && err().contains(twin.traceCode()), err());
			assertTrue(err().contains(JilinMasterData.YANBIAN_BEEF.gtin()), err());
		}
		assertEquals(0, run("trace", paddy.gtin() + " " + paddy.lot()), "the GTIN with the lot names one");
	}

	@Test
	void exportWritesTheRegulatorsSpreadsheetWithARowPerLotOfEachEvent() {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		ProductBatch batch = demo.batches().get(0);
		assertEquals(0, run("export", batch.traceCode(), "--spreadsheet"), err());
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("\uFEFF"), "UTF-8 with a byte order mark");
		assertEquals(12, lines.get(0).split(",").length, lines.get(0));
		assertTrue(lines.size() > 2, out());
		assertTrue(lines.stream().anyMatch(l -> l.contains("," + batch.lot() + ",")), out());
	}

	@Test
	void recallWritesEveryHolderWithItsTelephoneAndKilogramsAndLogsTheDrill() throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		ProductBatch paddy = demo.batches().get(0);
		Path csv = workspace.resolveSibling(workspace.getFileName() + "-recall.csv");
		assertEquals(2, run("recall", paddy.traceCode(), "--drill"), "a drill ends with the exported list");

		assertEquals(0, run("recall", paddy.traceCode(), "--csv", csv.toString(), "--drill"), err());
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(11, rows.get(0).split(",").length, rows.get(0));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			RecallImpact recall = RecallImpact.of(store.traces().trace(paddy.code()));
			assertEquals(1 + recall.recipients().size(), rows.size(), String.join("\n", rows));
			assertTrue(recall.recipients().stream().anyMatch(r -> r.how() == RecallImpact.Arrival.DELIVERED && r.party() != null
					&& store.masterData().parties().stream().anyMatch(p -> p.uri().equals(r.party())
							&& "retailer".equals(p.role()))),
					"the paddy reached a shop as rice: " + recall);
			assertTrue(rows.stream().skip(1).allMatch(r -> r.matches(".*,04\\d\\d-8\\d{7},.*")),
					"a holder with a telephone on every row, the plot's and the dryer's too: " + String.join("\n", rows));
			List<RecallDrillRepository.Drill> drills = store.drills().all();
			assertEquals(1, drills.size());
			assertEquals(paddy.code(), drills.get(0).lot());
			assertEquals(recall.recipients().size(), drills.get(0).recipients());
			assertEquals(0, recall.heldKg().compareTo(drills.get(0).heldKg()));
		}
		assertTrue(out().lines().anyMatch(l -> cells(l).contains(paddy.code())), out());
	}

	@Test
	void creditRanksTheOrganisationsByTheirVerifiedRecordsAndExplainsOneProfile() throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			Map<EventHashId, VerdictRepository.Verdict> verified = new HashMap<>();
			demo.events().forEach(e -> verified.put(e.hashId(), VerdictRepository.Verdict.VERIFIED));
			store.verdicts().record(verified, List.of(), Instant.now());
		}
		assertEquals(0, run("credit"), err());
		List<String> ranking = out().lines().toList();
		assertEquals(List.of("Rank", "Grade", "Score", "Verified", "Unverified", "Party"), cells(ranking.get(0)));
		assertTrue(ranking.size() > 5, out());
		assertTrue(ranking.stream().skip(1).allMatch(l -> cells(l).get(1).matches("[ABCD]")), "every organisation graded: " + out());
		assertTrue(ranking.stream().anyMatch(l -> l.endsWith("Meihekou Shuidao Rice Cooperative")), out());
		// The newcomer: the counts under "Verified" (eight columns wide) started a tab stop left of their heading.
		assertLinedUp(ranking);

		out.reset();
		assertEquals(0, run("credit", JilinMasterData.MEIHE_COOP.gln()), err());
		List<String> lines = out().lines().toList();
		assertLinedUp(lines.subList(1, 7)); // the six indicators
		assertLinedUp(lines.subList(8, lines.size())); // the months, after the score's line
		assertTrue(lines.subList(8, lines.size()).stream().allMatch(l -> cells(l).get(0).matches("\\d{4}-\\d{2}")), out());

		out.reset();
		assertEquals(0, run("credit", JilinMasterData.MEIHE_COOP.gln(), "--json"), err());
		JsonNode profile = new ObjectMapper().readTree(out());
		assertEquals(JilinMasterData.MEIHE_COOP.uri(), profile.path("party").asText());
		assertEquals(6, profile.path("indicators").size());
		assertEquals(profile.path("records").asLong(), profile.path("verified").asLong(), "every record verified");
		assertTrue(profile.path("months").size() >= 1);

		assertEquals(2, run("credit", "6901234999990"), "no such organisation");
	}

	/** Each names what is wrong in the user's words: no parser, database or stack-trace text. */
	@Test
	void anEmptyOrBinaryFileAndAMalformedGtinAreRefusedInPlainWords() throws Exception {
		Path empty = workspace.resolveSibling(workspace.getFileName() + "-empty.jsonld");
		Files.writeString(empty, "");
		assertEquals(1, run("import", empty.toString()));
		assertTrue(err().contains("the file is empty or cut short"), err());

		Path binary = workspace.resolveSibling(workspace.getFileName() + "-binary.jsonld");
		Files.write(binary, new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00 });
		assertEquals(1, run("import", binary.toString()));
		assertTrue(err().contains("not JSON, nor EPCIS XML (line 1, column 1)"), err());

		assertEquals(1, run("trace", "https://id.gs1.org/01/0690123400001X/10/ABC"));
		assertTrue(err().contains("\"0690123400001X\" is not a GTIN"), err());
		for (String leak : List.of("START_OBJECT", "Source:", "REDACTED", "Exception", "\tat ")) {
			assertFalse(err().contains(leak), leak + " in " + err());
		}
	}

	@Test
	void helpOfACommandListsTheFieldsOfEachFormWithTheirRules() {
		assertEquals(0, run("help", "register"), err());
		for (String form : List.of("register party", "register location", "register product", "register batch")) {
			assertTrue(out().contains(form), form + " in " + out());
		}
		assertTrue(out().contains("--uscc") && out().contains("GB 32100-2015"), out());
		out.reset();
		assertEquals(0, run("help", "correct"), err());
		assertTrue(out().contains("--reason"), out());
	}

	@Test
	void compactShrinksTheDatabaseAfterABulkImportAndKeepsEveryEvent() throws Exception {
		assertEquals(0, run("generate", "--chains", "30", "--days", "60"), err());
		long events;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			events = store.events().count();
		}
		Path file = workspace.resolve("db/agritrace.mv.db");
		long before = Files.size(file);
		assertEquals(0, run("compact"), err());
		assertTrue(Files.size(file) < before, Files.size(file) + " bytes after, " + before + " before: " + out());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(events, store.events().count());
		}
	}

	@Test
	void compactIsRefusedWhileAnotherSessionUsesTheDatabase() {
		try (TraceStore application = TraceStore.openWorkspace(workspace)) {
			application.schemaVersion(); // its pool keeps a session open, as the running application's does
			assertEquals(1, run("compact"));
			assertTrue(err().contains("compact"), err());
			assertEquals(0, application.events().count(), "the other session still works");
		}
	}

	@Test
	void hashPrintsTheIdsOfAnXmlDocumentAsOfItsJsonLdTwin() throws Exception {
		Path vectors = Path.of("../io.agritrace.core.tests/resources/hash-vectors");

		assertEquals(0, run("hash", vectors.resolve("epcisDocWithVariousEventTypes.xml").toString()), err());

		assertEquals(Files.readString(vectors.resolve("epcisDocWithVariousEventTypes.hashes")).strip(), out().strip());
	}

	@Test
	void hashOfAnXmlFileThatIsNoEpcisDocumentFailsAndSaysWhy() throws Exception {
		Path file = Files.writeString(workspace.resolve("page.xml"), "<html><body/></html>");

		assertEquals(1, run("hash", file.toString()));

		assertTrue(err().contains("/html: must be EPCISDocument or EPCISQueryDocument"), err());
	}

	@Test
	void versionPrintsTheBundleVersion() {
		assertEquals(0, run("version"));
		assertTrue(out().startsWith("AgriTrace 0.1.0"), out());
	}

	@Test
	void anUnknownCommandIsAUsageErrorOnStandardError() {
		assertEquals(2, run("frobnicate"));
		assertEquals("", out());
		assertTrue(err().contains("frobnicate"), err());
		assertTrue(err().contains("list"), err());
	}

	@Test
	void helpPrintsTheUsageAsOutput() {
		for (String help : List.of("help", "--help", "-h")) {
			out.reset();
			assertEquals(0, run(help), help);
			assertTrue(out().contains("trace CODE"), out());
		}
		assertEquals("", err());
	}

	@Test
	void extraArgumentsAreRefused() {
		assertEquals(2, run("version", "--now"));
		assertTrue(err().contains("version"), err());
	}
}
