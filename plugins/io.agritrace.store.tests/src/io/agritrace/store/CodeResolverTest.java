package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.ValidationException;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;

/** Every form of code a user may have of a lot, read as what it is, and a lot number that two products share. */
class CodeResolverTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));

	@TempDir
	static Path workspace;
	private static TraceStore store;
	private static ProductBatch paddy;
	private static ProductBatch ginseng;

	@BeforeAll
	static void demoData() {
		store = TraceStore.openWorkspace(workspace);
		DemoDataSet demo = new DemoDataSet(CLOCK);
		demo.saveTo(store);
		paddy = demo.batches().stream().filter(b -> b.gtin().toString().equals(JilinMasterData.PADDY.gtin())).findFirst()
				.orElseThrow();
		ginseng = demo.batches().stream().filter(b -> b.gtin().toString().equals(JilinMasterData.FRESH_GINSENG.gtin()))
				.findFirst().orElseThrow();
	}

	@AfterAll
	static void close() {
		store.close();
	}

	private static CodeMatch match(String code) {
		return store.codes().match(code);
	}

	private static String code(ValidationException e) {
		return e.message().code();
	}

	@Test
	void aTraceCodeAsPrintedOrTypedCarelessly() {
		assertEquals(new CodeMatch(paddy.traceCode(), CodeKind.TRACE_CODE, List.of(paddy.code())), match(paddy.traceCode()));
		String careless = paddy.traceCode().replace("-", "").toLowerCase(Locale.ROOT);
		assertEquals(List.of(paddy.code()), match(" " + careless + " ").lots());
		assertEquals(CodeKind.TRACE_CODE, match(careless).kind());
	}

	@Test
	void aLotNumberAsTheNavigatorShowsIt() {
		CodeMatch found = match(paddy.lot());
		assertEquals(CodeKind.LOT_NUMBER, found.kind());
		assertEquals(List.of(paddy.code()), found.lots());
		assertEquals(paddy.code(), store.codes().resolve(paddy.lot().toLowerCase(Locale.ROOT)), "typed in lower case");
	}

	/** A carcass is no registered batch, yet its lot number, printed on the abattoir's slip, finds it. */
	@Test
	void aLotNumberOfALotOnlyEventsName() {
		ProductBatch cattle = store.batches().list().stream()
				.filter(b -> b.gtin().toString().equals(JilinMasterData.YANBIAN_CATTLE.gtin())).findFirst().orElseThrow();
		String carcass = store.traces().trace(cattle.code()).downstream().items(false).stream()
				.filter(i -> Identifiers.gtin(i).orElse("").equals(JilinMasterData.YANBIAN_CARCASS.gtin())).findFirst()
				.orElseThrow();
		assertTrue(store.batches().find(carcass).isEmpty(), carcass);
		CodeMatch found = match(Identifiers.lotNumber(carcass).orElseThrow());
		assertEquals(CodeKind.LOT_NUMBER, found.kind());
		assertEquals(List.of(carcass), found.lots());
	}

	@Test
	void aDigitalLinkOnAnyHostWithShortNames() {
		assertEquals(new CodeMatch(paddy.code(), CodeKind.DIGITAL_LINK, List.of(paddy.code())), match(paddy.code()));
		String gtin13 = paddy.gtin().toString().substring(1);
		String elsewhere = "https://trace.example.cn/shop/gtin/" + gtin13 + "/lot/" + paddy.lot() + "?lang=zh";
		CodeMatch found = match(elsewhere);
		assertEquals(CodeKind.DIGITAL_LINK, found.kind());
		assertEquals(List.of(paddy.code()), found.lots());
		ValidationException badGtin = assertThrows(ValidationException.class,
				() -> match("https://id.gs1.org/01/06901234000019/10/" + paddy.lot()));
		assertEquals("Gtin_badCheckDigit", code(badGtin));
	}

	@Test
	void anEpcClassOrInstanceUri() {
		String g = paddy.gtin().toString();
		String lgtin = "urn:epc:class:lgtin:" + g.substring(1, 8) + "." + g.charAt(0) + g.substring(8, 13) + "." + paddy.lot();
		assertEquals(new CodeMatch(lgtin, CodeKind.EPC_URI, List.of(paddy.code())), match(lgtin));
		String sgtin = "urn:epc:id:sgtin:" + g.substring(1, 8) + "." + g.charAt(0) + g.substring(8, 13) + ".4711";
		CodeMatch item = match(sgtin);
		assertEquals(CodeKind.EPC_URI, item.kind());
		assertEquals(List.of("https://id.gs1.org/01/" + g + "/21/4711"), item.lots(), "a serialised item is its own identifier");
		assertEquals("CodeResolver_badEpcUri", code(assertThrows(ValidationException.class, () -> match("urn:epc:id:nothing:1"))));
	}

	@Test
	void aGtinWithALotNumber() {
		String g = paddy.gtin().toString();
		for (String typed : List.of(g + " " + paddy.lot(), g.substring(1) + " / " + paddy.lot(), "(01)" + g + "(10)" + paddy.lot(),
				"(01) " + g + " (10) " + paddy.lot(), "01" + g + "10" + paddy.lot(), "01" + g + "\u001d10" + paddy.lot())) {
			assertEquals(new CodeMatch(typed.strip(), CodeKind.GTIN_AND_LOT, List.of(paddy.code())), match(typed), typed);
		}
		ValidationException badGtin = assertThrows(ValidationException.class, () -> match("06901234000019 " + paddy.lot()));
		assertEquals("Gtin_badCheckDigit", code(badGtin));
	}

	/** Two products with one lot number: both are named, and a caller that needs one is told to be more exact. */
	@Test
	void aLotNumberThatTwoProductsShare() {
		ProductBatch twin = new BatchValidator(CLOCK).validate(JilinMasterData.MEIHE_RICE.gtin(), ginseng.lot(), "梅河大米",
				BigDecimal.TEN, "KGM", ginseng.harvestDate(), "220581");
		store.batches().saveAll(List.of(twin));
		CodeMatch found = match(ginseng.lot());
		assertEquals(CodeKind.LOT_NUMBER, found.kind());
		assertEquals(List.of(ginseng.code(), twin.code()).stream().sorted().toList(), found.lots());
		ValidationException ambiguous = assertThrows(ValidationException.class, found::lot);
		assertEquals("CodeResolver_ambiguous", code(ambiguous));
		assertTrue(ambiguous.rule(Locale.ENGLISH).contains(JilinMasterData.MEIHE_RICE.gtin()), ambiguous.rule(Locale.ENGLISH));
		assertThrows(ValidationException.class, () -> store.codes().resolve(ginseng.lot()));
		assertEquals(List.of(twin.code()), match(twin.traceCode()).lots(), "the trace code names one");
		assertEquals(List.of(twin.code()), match(twin.gtin() + " " + twin.lot()).lots(), "so do the GTIN and the lot");
	}

	/** A newcomer typed "cy9f dwx3 tt" from a label and found nothing. */
	@Test
	void aTraceCodeTypedInLowerCaseWithSpacesFindsItsLot() {
		String typed = paddy.traceCode().replace('-', ' ').toLowerCase(Locale.ROOT);
		assertEquals(new CodeMatch(typed, CodeKind.TRACE_CODE, List.of(paddy.code())), match(typed));
	}

	@Test
	void whatNamesNothingIsSaidSo() {
		assertEquals("CodeResolver_unknown", code(assertThrows(ValidationException.class, () -> match("NO-SUCH-LOT"))));
		String unknownTraceCode = io.agritrace.core.model.TraceCode.of(Identifiers.lot(paddy.gtin().toString(), "NOT-REGISTERED"));
		assertEquals("CodeResolver_unknownTraceCode",
				code(assertThrows(ValidationException.class, () -> match(unknownTraceCode))));
		ValidationException unknown = assertThrows(ValidationException.class, () -> match(unknownTraceCode));
		assertTrue(unknown.rule(Locale.SIMPLIFIED_CHINESE).startsWith("\u7f16\u7801\uff1a"), // 编码：, not "code："
				unknown.rule(Locale.SIMPLIFIED_CHINESE));
		ValidationException malformed = assertThrows(ValidationException.class, () -> match("zzzz 9999 qq"));
		assertTrue(malformed.rule(Locale.SIMPLIFIED_CHINESE).startsWith("\u7f16\u7801\uff1a"), malformed.rule(Locale.SIMPLIFIED_CHINESE));
		String wrongCheck = paddy.traceCode().substring(0, 11) + (paddy.traceCode().endsWith("3") ? "4" : "3");
		assertEquals("TraceCode_badCheck", code(assertThrows(ValidationException.class, () -> match(wrongCheck))));
	}

	@Test
	void eachKindIsNamedInBothLanguages() {
		for (CodeKind kind : CodeKind.values()) {
			assertNotEquals(kind.label(Locale.ENGLISH), kind.label(Locale.SIMPLIFIED_CHINESE), kind.name());
		}
	}
}
