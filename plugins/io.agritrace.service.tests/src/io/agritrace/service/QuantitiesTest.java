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

	/** The CLI's trace printed "Temperature 8.2 CEL" to a Chinese reader. */
	@Test
	void aSensorReadingReadsAsWhatItMeasuresAndItsUnitsSymbol() {
		assertEquals("\u6e29\u5ea6 8.2 \u00b0C", Quantities.measure("Temperature", Locale.SIMPLIFIED_CHINESE) + ' '
				+ Quantities.of(new BigDecimal("8.2"), "CEL", Locale.SIMPLIFIED_CHINESE));
		assertEquals("Relative humidity 65 %", Quantities.measure("RelativeHumidity", Locale.ENGLISH) + ' '
				+ Quantities.of(new BigDecimal("65"), "P1", Locale.ENGLISH));
		assertEquals("Pressure", Quantities.measure("Pressure", Locale.SIMPLIFIED_CHINESE), "an unknown type as it is");
	}

	@Test
	void aDrillsTimeReadsAsAClock() {
		assertEquals("1:05", Quantities.clock(Duration.ofSeconds(65)));
	}
}
