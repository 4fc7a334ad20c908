package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsccTest {

	/** GS1 General Specifications' example SSCC, 106141411234567897. */
	@Test
	void acceptsAValidSsccAndNamesItsDigitalLink() {
		assertEquals("106141411234567897", Sscc.validate("sscc", "SSCC", " 106141411234567897 "));
		assertEquals("https://id.gs1.org/00/106141411234567897", Sscc.uri("106141411234567897"));
	}

	@Test
	void rejectsAWrongCheckDigitAndSaysWhichIsRight() {
		ValidationException e = assertThrows(ValidationException.class,
				() -> Sscc.validate("sscc", "SSCC", "106141411234567890"));
		assertEquals("sscc", e.field());
		assertTrue(e.rule(Locale.ENGLISH).startsWith("SSCC") && e.rule(Locale.ENGLISH).contains("7"), e.rule(Locale.ENGLISH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "10614141123456789X", "1061414112345678970" })
	void rejectsWhatIsNotAnSscc(String value) {
		ValidationException e = assertThrows(ValidationException.class, () -> Sscc.validate("sscc", "Pallet", value));
		assertTrue(e.rule(Locale.ENGLISH).startsWith("Pallet"), e.rule(Locale.ENGLISH));
	}

	@Test
	void aProposedSsccCarriesThePackersCompanyPrefixAndAValidCheckDigit() {
		String proposed = Sscc.propose("6901234000017", 1_234_567_890_123L);
		assertTrue(proposed.startsWith("06901234"), proposed);
		assertEquals(proposed, Sscc.validate("sscc", "SSCC", proposed));
	}
}
