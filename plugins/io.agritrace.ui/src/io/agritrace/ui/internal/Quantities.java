package io.agritrace.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Quantities as people read them: digits grouped in the user's locale and the
 * UN/ECE unit code (KGM, H87 …) as its name. Codes without a name show as they are.
 * Durations as a clock shows them.
 */
public final class Quantities {

	private static final Map<String, String> UNITS = Map.of( //
			"KGM", Messages.Unit_KGM, //$NON-NLS-1$
			"TNE", Messages.Unit_TNE, //$NON-NLS-1$
			"GRM", Messages.Unit_GRM, //$NON-NLS-1$
			"LTR", Messages.Unit_LTR, //$NON-NLS-1$
			"H87", Messages.Unit_H87); //$NON-NLS-1$

	private Quantities() {
	}

	/** The quantity with its unit's name; an unknown unit shows as its code. */
	public static String of(BigDecimal quantity, String unit) {
		NumberFormat digits = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
		digits.setMaximumFractionDigits(Math.max(0, quantity.stripTrailingZeros().scale()));
		return digits.format(quantity) + ' ' + unitName(unit);
	}

	/** The unit's name, e.g. 千克 for KGM; an unknown unit is its code. */
	public static String unitName(String unit) {
		return UNITS.getOrDefault(unit, unit);
	}

	/** A drill's time as a clock shows it: 1:05. */
	public static String clock(Duration duration) {
		return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart()); //$NON-NLS-1$
	}
}
