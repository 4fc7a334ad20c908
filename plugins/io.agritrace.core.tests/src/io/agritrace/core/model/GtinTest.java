package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

	@ParameterizedTest
	@ValueSource(strings = { "06901234000016", "6901234000016", "96385074", "036000291452" })
	void acceptsValidGtinsOfEveryLength(String value) {
		Gtin gtin = Gtin.parse("gtin", value);
		assertEquals(14, gtin.toString().length());
		assertTrue(gtin.toString().endsWith(value));
	}

	@Test
	void rejectsWrongCheckDigitAndSaysWhichIsRight() {
		ValidationException e = assertThrows(ValidationException.class, () -> Gtin.parse("gtin", "06901234000017"));
		assertEquals("gtin", e.field());
		assertEquals("06901234000017", e.value());
		assertTrue(e.rule(Locale.ENGLISH).contains("6"), e.rule(Locale.ENGLISH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "123", "0690123400001X", "069012340000161" })
	void rejectsWhatIsNotAGtin(String value) {
		ValidationException e = assertThrows(ValidationException.class, () -> Gtin.parse("itemGtin", value));
		assertTrue(e.rule(Locale.ENGLISH).startsWith("itemGtin"), e.rule(Locale.ENGLISH));
	}
}
