package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agritrace.core.model.StorageBand;

/**
 * One kind of a trace's sensor readings in one unit, whatever unit each came
 * in (a temperature in °C from CEL, FAR or KEL; a relative humidity in percent
 * from P1 or a fraction), with the readings that cannot be drawn set apart as
 * data problems (an unknown unit, an impossible value), and for temperatures
 * the excursions out of a storage band: each run of consecutive readings
 * outside it.
 *
 * @param measure  what was measured
 * @param readings the usable readings, in time order
 * @param problems the readings left out, with why
 */
public record SensorSeries(Measure measure, List<Reading> readings, List<Problem> problems) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal KELVIN_OFFSET = new BigDecimal("273.15"); //$NON-NLS-1$
	private static final BigDecimal FAHRENHEIT_OFFSET = BigDecimal.valueOf(32);
	private static final BigDecimal FAHRENHEIT_SCALE = BigDecimal.valueOf(5).divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);

	/** A kind of reading, by its GS1 sensor type, with the unit it is shown in and the values it can take. */
	public enum Measure {
		/** gs1:Temperature, shown in °C; nothing is colder than absolute zero. */
		TEMPERATURE("Temperature", "CEL", new BigDecimal("-273.15"), null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/** gs1:RelativeHumidity, shown in percent, from 0 to 100. */
		RELATIVE_HUMIDITY("RelativeHumidity", "P1", BigDecimal.ZERO, HUNDRED); //$NON-NLS-1$ //$NON-NLS-2$

		private final String type;
		private final String unit;
		private final BigDecimal lowest;
		private final BigDecimal highest;

		Measure(String type, String unit, BigDecimal lowest, BigDecimal highest) {
			this.type = type;
			this.unit = unit;
			this.lowest = lowest;
			this.highest = highest;
		}

		/** The GS1 sensor type, as {@link Timeline#sensors()} shortens it. */
		public String type() {
			return type;
		}

		/** The UN/ECE unit the series is shown in: CEL or P1. */
		public String unit() {
			return unit;
		}

		/** A value in this measure's unit, or null for a unit it does not know. */
		BigDecimal convert(BigDecimal value, String from) {
			if (from == null) {
				return null;
			}
			return switch (this) {
			case TEMPERATURE -> switch (from) {
			case "CEL" -> value; //$NON-NLS-1$
			case "KEL" -> value.subtract(KELVIN_OFFSET); //$NON-NLS-1$
			case "FAR" -> value.subtract(FAHRENHEIT_OFFSET).multiply(FAHRENHEIT_SCALE).setScale(2, RoundingMode.HALF_UP); //$NON-NLS-1$
			default -> null;
			};
			// C62 ("one"): a fraction, 0.85 for 85 %.
			case RELATIVE_HUMIDITY -> switch (from) {
			case "P1" -> value; //$NON-NLS-1$
			case "C62" -> value.multiply(HUNDRED); //$NON-NLS-1$
			default -> null;
			};
			};
		}

		boolean possible(BigDecimal value) {
			return value.compareTo(lowest) >= 0 && (highest == null || value.compareTo(highest) <= 0);
		}
	}

	/**
	 * @param value the value in the measure's unit
	 * @param unit  the unit it was read in, for the chart's label
	 */
	public record Reading(Instant time, BigDecimal value, String unit, String location) {
	}

	/** A reading left out of the series. */
	public record Problem(SensorReading reading, Kind kind) {

		public enum Kind {
			/** A unit that this measure does not know. */
			UNKNOWN_UNIT,
			/** A value the measure cannot take (below absolute zero, above 100 %): a logger's fault, never drawn. */
			IMPOSSIBLE_VALUE
		}
	}

	/**
	 * A run of consecutive readings outside the band.
	 *
	 * @param readings how many readings the run holds
	 * @param worst    the reading furthest outside the band
	 */
	public record Excursion(Instant start, Instant end, int readings, BigDecimal worst, String location) {

		/** From the first reading to the last: none for a single reading, which tells nothing of how long it lasted. */
		public Duration duration() {
			return Duration.between(start, end);
		}

		public boolean single() {
			return readings == 1;
		}
	}

	/** The temperature readings among a trace's sensor readings. */
	public static SensorSeries temperatures(List<SensorReading> sensors) {
		return of(Measure.TEMPERATURE, sensors);
	}

	/** Every measure the readings hold, each as its series, in the order of {@link Measure}. */
	public static List<SensorSeries> all(List<SensorReading> sensors) {
		Map<Measure, SensorSeries> series = new TreeMap<>();
		for (Measure measure : Measure.values()) {
			SensorSeries s = of(measure, sensors);
			if (!s.readings().isEmpty() || !s.problems().isEmpty()) {
				series.put(measure, s);
			}
		}
		return List.copyOf(series.values());
	}

	/** The readings of one measure among a trace's sensor readings. */
	public static SensorSeries of(Measure measure, List<SensorReading> sensors) {
		List<Reading> readings = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (SensorReading r : sensors) {
			if (!measure.type().equals(r.type())) {
				continue;
			}
			BigDecimal value = measure.convert(r.value(), r.uom());
			if (value == null) {
				problems.add(new Problem(r, Problem.Kind.UNKNOWN_UNIT));
			} else if (!measure.possible(value)) {
				problems.add(new Problem(r, Problem.Kind.IMPOSSIBLE_VALUE));
			} else {
				readings.add(new Reading(r.time(), value, r.uom(), r.location()));
			}
		}
		readings.sort(Comparator.comparing(Reading::time));
		return new SensorSeries(measure, List.copyOf(readings), List.copyOf(problems));
	}

	/** Each run of consecutive temperatures outside the band, from its first reading to its last. */
	public List<Excursion> excursions(StorageBand band) {
		List<Excursion> excursions = new ArrayList<>();
		if (measure != Measure.TEMPERATURE) {
			return excursions;
		}
		Reading first = null;
		Reading last = null;
		Reading worst = null;
		int count = 0;
		for (Reading r : readings) {
			if (band.allows(r.value())) {
				if (first != null) {
					excursions.add(new Excursion(first.time(), last.time(), count, worst.value(), worst.location()));
					first = null;
				}
				continue;
			}
			if (first == null) {
				first = r;
				worst = r;
				count = 0;
			} else if (outside(band, r.value()).compareTo(outside(band, worst.value())) > 0) {
				worst = r;
			}
			last = r;
			count++;
		}
		if (first != null) {
			excursions.add(new Excursion(first.time(), last.time(), count, worst.value(), worst.location()));
		}
		return excursions;
	}

	/** How far a temperature is outside the band, in kelvin; zero inside it. */
	private static BigDecimal outside(StorageBand band, BigDecimal celsius) {
		BigDecimal above = celsius.subtract(band.max());
		BigDecimal below = band.min() == null ? BigDecimal.ZERO : band.min().subtract(celsius);
		return above.max(below).max(BigDecimal.ZERO);
	}
}
