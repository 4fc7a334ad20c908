package io.agritrace.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

	private Locale before;

	@BeforeEach
	void groupDigitsAsInEnglish() {
		before = Locale.getDefault(Locale.Category.FORMAT);
		Locale.setDefault(Locale.Category.FORMAT, Locale.US);
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(Locale.Category.FORMAT, before);
	}

	@Test
	void aKnownUnitShowsByItsNameWithGroupedDigits() {
		assertEquals("50,161 " + Messages.Unit_KGM, Quantities.of(new BigDecimal("50161"), "KGM"));
		assertEquals("17 " + Messages.Unit_H87, Quantities.of(new BigDecimal("17"), "H87"));
	}

	@Test
	void everyDigitAfterThePointIsKeptAndTrailingZerosGo() {
		assertEquals("1,234.5 " + Messages.Unit_TNE, Quantities.of(new BigDecimal("1234.500"), "TNE"));
		assertEquals("0.000125 " + Messages.Unit_TNE, Quantities.of(new BigDecimal("0.000125"), "TNE"));
	}

	@Test
	void anUnknownUnitShowsAsItsCode() {
		assertEquals("3 XYZ", Quantities.of(new BigDecimal("3"), "XYZ"));
	}
}
