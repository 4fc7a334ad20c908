package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Quantities read as people read them, in the language asked, whatever the JVM's locale. */
class QuantitiesTest {

	@Test
	void aKnownUnitShowsByItsNameWithGroupedDigits() {
		assertEquals("50,161 kg", Quantities.of(new BigDecimal("50161"), "KGM", Locale.ENGLISH));
		assertEquals("17 pcs", Quantities.of(new BigDecimal("17"), "H87", Locale.ENGLISH));
		assertEquals("50,161 \u5343\u514b", Quantities.of(new BigDecimal("50161"), "KGM", Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void everyDigitAfterThePointIsKeptAndTrailingZerosGo() {
		assertEquals("1,234.5 t", Quantities.of(new BigDecimal("1234.500"), "TNE", Locale.ENGLISH));
		assertEquals("0.000125 t", Quantities.of(new BigDecimal("0.000125"), "TNE", Locale.ENGLISH));
	}

	@Test
	void anUnknownUnitShowsAsItsCode() {
		assertEquals("3 XYZ", Quantities.of(new BigDecimal("3"), "XYZ", Locale.ENGLISH));
	}

	@Test
	void aDrillsTimeReadsAsAClock() {
		assertEquals("1:05", Quantities.clock(Duration.ofSeconds(65)));
	}
}
