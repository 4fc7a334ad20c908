package io.agritrace.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.agritrace.core.text.Units;
import io.agritrace.core.trace.SensorSeries;

/**
 * Quantities as people read them: digits grouped as the language groups them
 * and the UN/ECE unit code (KGM, H87, CEL …) as its name; codes without a name show
 * as they are. Sensor readings by what they measure. Durations as a clock shows them.
 */
public final class Quantities {

	private static final Map<String, Texts> MEASURES = Map.of(SensorSeries.Measure.TEMPERATURE.type(), Texts.Measure_temperature,
			SensorSeries.Measure.RELATIVE_HUMIDITY.type(), Texts.Measure_relativeHumidity);

	private Quantities() {
	}

	/** The quantity with its unit's name, e.g. "12,000 kg"; an unknown unit shows as its code. */
	public static String of(BigDecimal quantity, String unit, Locale language) {
		NumberFormat digits = NumberFormat.getNumberInstance(language);
		digits.setMaximumFractionDigits(Math.max(0, quantity.stripTrailingZeros().scale()));
		return digits.format(quantity) + ' ' + unitName(unit, language);
	}

	/** The unit's name, e.g. 千克 for KGM, °C for CEL; an unknown unit is its code. */
	public static String unitName(String unit, Locale language) {
		return Units.of(unit).text(language);
	}

	/** What a sensor reading measures, e.g. 温度 for the GS1 sensor type Temperature; an unknown type as it is. */
	public static String measure(String type, Locale language) {
		Texts name = MEASURES.get(type);
		return name == null ? type : name.text(language);
	}

	/** A drill's time as a clock shows it: 1:05. */
	public static String clock(Duration duration) {
		return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart()); //$NON-NLS-1$
	}
}
