package io.agritrace.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kilograms in tonnes as the dashboard prints them, on its map and its bars
 * alike: one decimal under 100 t, whole tonnes from 100 t ("15.4", "28.0", "176").
 */
final class Tonnes {

	private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);
	private static final BigDecimal WHOLE_FROM = BigDecimal.valueOf(100);

	private Tonnes() {
	}

	static String of(BigDecimal kg) {
		BigDecimal tenths = kg.divide(KG_PER_TONNE, 1, RoundingMode.HALF_UP);
		return (tenths.abs().compareTo(WHOLE_FROM) < 0 ? tenths : tenths.setScale(0, RoundingMode.HALF_UP)).toPlainString();
	}
}
