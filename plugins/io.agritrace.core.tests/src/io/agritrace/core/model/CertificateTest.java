package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A label's certificate: its number, its validity against the harvest, and its one text form. */
class CertificateTest {

	private static final LocalDate HARVEST = LocalDate.of(2026, 10, 5);

	@Test
	void aCertificateValidOnTheHarvestDateIsKeptWithItsNumber() {
		Certificate gi = Certificate.documented(Certification.GEOGRAPHICAL_INDICATION, " AQSIQ2006-191 ",
				LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), HARVEST, "gi.number");

		assertEquals("AQSIQ2006-191", gi.number());
		assertEquals("gi:AQSIQ2006-191:2026-01-01:2028-12-31", gi.code());
		assertFalse(gi.expiredOn(LocalDate.of(2028, 12, 31)));
		assertTrue(gi.expiredOn(LocalDate.of(2029, 1, 1)));
	}

	@Test
	void eachBrokenRuleNamesTheFieldAndTheRule() {
		ValidationException missing = assertThrows(ValidationException.class, () -> Certificate.documented(
				Certification.GREEN_FOOD, " ", HARVEST, HARVEST, HARVEST, "green_food.number"));
		assertEquals("green_food.number", missing.field());
		assertTrue(missing.getMessage().startsWith(Certificate.numberLabel(Certification.GREEN_FOOD, Locale.ENGLISH)),
				missing.getMessage());

		ValidationException malformed = assertThrows(ValidationException.class, () -> Certificate.documented(
				Certification.GREEN_FOOD, "LB 18", HARVEST, HARVEST, HARVEST, "green_food.number"));
		assertTrue(malformed.getMessage().contains("\"LB 18\" is not a certificate number"), malformed.getMessage());

		ValidationException reversed = assertThrows(ValidationException.class, () -> Certificate.documented(
				Certification.ORGANIC, "227OP2100123", HARVEST, HARVEST.minusDays(1), HARVEST, "organic.number"));
		assertTrue(reversed.getMessage().contains("ends (2026-10-04) before it starts (2026-10-05)"), reversed.getMessage());

		ValidationException expired = assertThrows(ValidationException.class, () -> Certificate.documented(
				Certification.ORGANIC, "227OP2100123", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), HARVEST,
				"organic.number"));
		assertTrue(expired.getMessage().contains("valid 2023-01-01 to 2025-12-31, which does not cover the harvest date 2026-10-05"),
				expired.getMessage());
	}

	@Test
	void aListReadsBareLabelsAndFullCertificatesAndRefusesALabelTwiceOrAShortForm() {
		List<Certificate> read = Certificate.parseAll("certifications",
				"green_food; gi:AQSIQ2006-191:2026-01-01:2028-12-31", HARVEST);

		assertEquals(List.of(Certificate.claimed(Certification.GREEN_FOOD), new Certificate(
				Certification.GEOGRAPHICAL_INDICATION, "AQSIQ2006-191", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31))),
				read);
		assertTrue(Certificate.parseAll("certifications", " ", HARVEST).isEmpty());
		ValidationException twice = assertThrows(ValidationException.class,
				() -> Certificate.parseAll("certifications", "gi;gi:AQSIQ2006-191:2026-01-01:2028-12-31", HARVEST));
		assertTrue(twice.getMessage().contains("gi is listed twice"), twice.getMessage());
		ValidationException shortForm = assertThrows(ValidationException.class,
				() -> Certificate.parseAll("certifications", "gi:AQSIQ2006-191", HARVEST));
		assertTrue(shortForm.getMessage().contains("LABEL:NUMBER:FROM:UNTIL"), shortForm.getMessage());
	}

	@Test
	void aBatchKeepsItsCertificatesInTheLabelsOrder() {
		ProductBatch batch = new BatchValidator(java.time.Clock.systemUTC()).validate("06901234000016", "MH-1", "梅河大米",
				java.math.BigDecimal.TEN, "KGM", HARVEST, "220581").withCertificates(
						List.of(
								Certificate.claimed(Certification.GEOGRAPHICAL_INDICATION), Certificate.claimed(Certification.GREEN_FOOD)));

		assertEquals(List.of(Certification.GREEN_FOOD, Certification.GEOGRAPHICAL_INDICATION),
				batch.certificates().stream().map(Certificate::label).toList());
	}
}
