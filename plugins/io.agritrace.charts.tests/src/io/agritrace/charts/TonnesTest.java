package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The dashboard mixed "28 吨" and "15.4 吨" on one map: one decimal under 100 t, none from 100 t. */
class TonnesTest {

	@Test
	void oneDecimalUnderAHundredTonnesNoneAbove() {
		assertEquals("28.0", Tonnes.of(new BigDecimal("28000")));
		assertEquals("15.4", Tonnes.of(new BigDecimal("15400")));
		assertEquals("0.6", Tonnes.of(new BigDecimal("580")));
		assertEquals("99.9", Tonnes.of(new BigDecimal("99940")));
		assertEquals("100", Tonnes.of(new BigDecimal("99960")), "rounds to 100.0 t: whole tonnes");
		assertEquals("176", Tonnes.of(new BigDecimal("175900")));
		assertEquals("1250", Tonnes.of(new BigDecimal("1250000")));
	}
}
