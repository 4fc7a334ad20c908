package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BatchValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
	private final BatchValidator validator = new BatchValidator(
			Clock.fixed(Instant.parse("2026-10-01T04:00:00Z"), ZoneOffset.ofHours(8)));

	@Test
	void acceptsAGoodBatchAndBuildsItsDigitalLink() {
		ProductBatch batch = validator.validate("06901234000016", "MHK-2026-001", "梅河大米", new BigDecimal("12000"),
				"KGM", TODAY, "220581");
		assertEquals("https://id.gs1.org/01/06901234000016/10/MHK-2026-001", batch.code());
	}

	@Test
	void namesTheLotFieldForALotWithSpaces() {
		assertRejected("lot", () -> validator.validate("06901234000016", "MHK 2026", "rice", BigDecimal.ONE, "KGM",
				TODAY, "220581"));
	}

	@Test
	void namesTheGtinFieldForABadCheckDigit() {
		assertRejected("gtin", () -> validator.validate("06901234000019", "L1", "rice", BigDecimal.ONE, "KGM", TODAY,
				"220581"));
	}

	@Test
	void rejectsZeroQuantityUnknownUnitFutureHarvestAndBadDivision() {
		assertRejected("quantity",
				() -> validator.validate("06901234000016", "L1", "rice", BigDecimal.ZERO, "KGM", TODAY, "220581"));
		assertRejected("unit",
				() -> validator.validate("06901234000016", "L1", "rice", BigDecimal.ONE, "jin", TODAY, "220581"));
		assertRejected("harvestDate", () -> validator.validate("06901234000016", "L1", "rice", BigDecimal.ONE, "KGM",
				TODAY.plusDays(1), "220581"));
		assertRejected("originDivision",
				() -> validator.validate("06901234000016", "L1", "rice", BigDecimal.ONE, "KGM", TODAY, "2205"));
		assertRejected("productName",
				() -> validator.validate("06901234000016", "L1", " ", BigDecimal.ONE, "KGM", TODAY, "220581"));
	}

	@Test
	void knowsJilinsCurrentCountiesAndRejectsARetiredCode() {
		assertEquals("梅河口市", Divisions.name("220581", Locale.SIMPLIFIED_CHINESE));
		assertEquals("Fusong County", Divisions.name("220621", Locale.ENGLISH));
		assertEquals(70, java.util.stream.IntStream.rangeClosed(220000, 222499)
				.filter(code -> Divisions.find(String.valueOf(code)).isPresent()).count());
		validator.validate("06901234000016", "L1", "corn", BigDecimal.ONE, "KGM", TODAY, "220184");
		ValidationException retired = assertThrows(ValidationException.class,
				() -> validator.validate("06901234000016", "L1", "corn", BigDecimal.ONE, "KGM", TODAY, "220381"));
		assertEquals("originDivision", retired.field());
		// Other provinces are checked for form only.
		validator.validate("06901234000016", "L1", "rice", BigDecimal.ONE, "KGM", TODAY, "110101");
	}

	@Test
	void readsAQuantityGroupedAsTheAppPrintsItAndRefusesADecimalComma() {
		assertEquals(new BigDecimal("16380"), validator.quantity("16,380"));
		assertEquals(new BigDecimal("1234567.5"), validator.quantity(" 1,234,567.5 "));
		assertEquals(new BigDecimal("1500"), validator.quantity("1500"));
		for (String ambiguous : new String[] { "1,5", "16,38", "1500,000", ",500", "1,500," }) {
			assertRejected("quantity", () -> validator.quantity(ambiguous));
		}
		String rule = assertThrows(ValidationException.class, () -> validator.quantity("1,5")).rule(Locale.ENGLISH);
		assertTrue(rule.contains("group thousands with commas"), rule);
	}

	private static void assertRejected(String field, Executable call) {
		ValidationException e = assertThrows(ValidationException.class, call);
		assertEquals(field, e.field());
		assertTrue(e.rule(Locale.ENGLISH).startsWith(field + ":"), e.rule(Locale.ENGLISH));
	}
}
