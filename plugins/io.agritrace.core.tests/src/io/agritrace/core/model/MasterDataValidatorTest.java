package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MasterDataValidatorTest {

	private static final String USCC = "91220581MA0Y3K8L2" + Uscc.checkCharacter("91220581MA0Y3K8L2");
	private final MasterDataValidator validator = new MasterDataValidator();

	@Test
	void aPartyWithAGlnIsNamedByItsDigitalLinkAndOneWithoutByItsUscc() {
		Party withGln = validator.party(USCC.toLowerCase(), "6901234000016", " 水道合作社 ", "", "cooperative", "220581",
				" 0435-88901234 ");
		assertEquals("https://id.gs1.org/417/6901234000016", withGln.uri());
		assertEquals(USCC, withGln.uscc());
		assertEquals("水道合作社", withGln.nameZh());
		assertNull(withGln.nameEn());
		assertEquals("0435-88901234", withGln.contact());
		assertEquals("urn:agritrace:party:" + USCC, validator.party(USCC, " ", "合作社", null, "farm", null, "").uri());
	}

	@Test
	void namesTheFieldOfEachBrokenPartyRule() {
		assertRejected("uscc", () -> validator.party(USCC.substring(0, 17) + "0", null, "a", null, "farm", null, null));
		assertRejected("gln", () -> validator.party(USCC, "6901234000017", "a", null, "farm", null, null));
		assertRejected("name_zh", () -> validator.party(USCC, null, " ", null, "farm", null, null));
		assertRejected("role", () -> validator.party(USCC, null, "a", null, "trader", null, null));
		assertRejected("county", () -> validator.party(USCC, null, "a", null, "farm", "220381", null));
		assertRejected("contact", () -> validator.party(USCC, null, "a", null, "farm", null, "call the office"));
		assertRejected("contact", () -> validator.party(USCC, null, "a", null, "farm", null, "12345"));
	}

	/** The "7 to 20 of digits": the rule reads as a sentence in both languages. */
	@Test
	void aWrongTelephoneNumberIsExplainedInASentence() {
		ValidationException wrong = assertThrows(ValidationException.class,
				() -> validator.party(USCC, null, "a", null, "farm", null, "12345"));
		assertEquals("contact: \"12345\" is not a telephone number: write 7 to 20 characters, each a digit, a space, \"+\", "
				+ "\"-\" or a parenthesis, like 0431-88901234.", wrong.rule(Locale.ENGLISH));
		assertEquals("contact：“12345”不是电话号码：应为 7 到 20 个字符，每个是数字、空格、“+”、“-”或括号，如 0431-88901234。",
				wrong.rule(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void aLocationNeedsAGlnAndBothCoordinatesInRange() {
		Location plot = validator.location("6901234000016", "220581", "水道镇稻田", "Shuidao paddy", "42.53", "125.66", null);
		assertEquals("https://id.gs1.org/414/6901234000016", plot.uri());
		assertEquals(42.53, plot.latitude());
		assertEquals("https://id.gs1.org/417/6901234000016",
				validator.location("6901234000016", null, "a", null, null, null, "6901234000016").operator());
		assertEquals("urn:agritrace:party:" + USCC, validator.location("6901234000016", null, "a", null, null, null, USCC).operator());
		assertRejected("operator", () -> validator.location("6901234000016", null, "a", null, null, null, "6901234000017"));
		assertRejected("gln", () -> validator.location("", null, "a", null, null, null, null));
		assertRejected("lat", () -> validator.location("6901234000016", null, "a", null, "91", "125", null));
		assertRejected("lon", () -> validator.location("6901234000016", null, "a", null, "42", "east", null));
		assertRejected("lon", () -> validator.location("6901234000016", null, "a", null, "42", "", null));
	}

	@Test
	void aProductIsHeldByItsGtin14WithItsUnitAndStorageBand() {
		Product rice = validator.product("6901234000030", "梅河大米", null, "rice", "KGM", "low_temperature_grain");
		assertEquals("06901234000030", rice.gtin());
		assertEquals("KGM", rice.unit());
		assertEquals(StorageBand.LOW_TEMPERATURE_GRAIN, rice.storageBand());
		assertEquals(null, validator.product("6901234000030", "红参", null, "ginseng", "KGM", " ").storageBand(),
				"no band where none applies");
		assertRejected("gtin", () -> validator.product("6901234000031", "a", null, "rice", "KGM", null));
		assertRejected("category", () -> validator.product("6901234000030", "a", null, " ", "KGM", null));
		assertRejected("unit", () -> validator.product("6901234000030", "a", null, "rice", "kg", null));
		assertRejected("storage_band", () -> validator.product("6901234000030", "a", null, "rice", "KGM", "cold"));
	}

	@Test
	void aStorageBandKeepsItsLimitsInclusive() {
		assertTrue(StorageBand.CHILLED.allows(java.math.BigDecimal.ZERO));
		assertTrue(StorageBand.CHILLED.allows(java.math.BigDecimal.valueOf(4)));
		assertFalse(StorageBand.CHILLED.allows(new java.math.BigDecimal("4.1")));
		assertFalse(StorageBand.CHILLED.allows(new java.math.BigDecimal("-0.5")));
		assertTrue(StorageBand.FROZEN.allows(java.math.BigDecimal.valueOf(-25)));
		assertFalse(StorageBand.FROZEN.allows(java.math.BigDecimal.valueOf(-12)));
	}

	@Test
	void errorsNameTheFieldByTheCallersLabel() {
		MasterDataValidator labelled = new MasterDataValidator(Map.of("gln", "GLN (party)", "uscc", "USCC")::get);
		ValidationException e = assertThrows(ValidationException.class,
				() -> labelled.party(USCC, "6901234000017", "a", null, "farm", null, null));
		assertEquals("gln", e.field());
		assertTrue(e.rule(Locale.ENGLISH).startsWith("GLN (party): \"6901234000017\" has a wrong check digit"), e.rule(Locale.ENGLISH));
		assertEquals("Gln_badCheckDigit", e.message().code());
		assertEquals(e.rule(Locale.ENGLISH), e.getMessage(), "logs read English");
		assertTrue(e.rule(Locale.SIMPLIFIED_CHINESE).startsWith("GLN (party)") && !e.rule(Locale.SIMPLIFIED_CHINESE)
				.equals(e.rule(Locale.ENGLISH)), e.rule(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void everyRoleHasALabel() {
		for (PartyRole role : PartyRole.values()) {
			assertTrue(!role.label(Locale.ENGLISH).isBlank(), role.code());
			assertTrue(!role.label(Locale.SIMPLIFIED_CHINESE).equals(role.label(Locale.ENGLISH)), role.code());
		}
		assertEquals("cold_store", PartyRole.COLD_STORE.code());
	}

	private static void assertRejected(String field, Executable call) {
		assertEquals(field, assertThrows(ValidationException.class, call).field());
	}
}
