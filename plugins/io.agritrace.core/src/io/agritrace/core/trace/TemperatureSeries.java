package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.agritrace.core.model.StorageBand;

/**
 * A trace's temperature readings in °C, whatever unit they came in (CEL, FAR,
 * KEL), with the readings that cannot be drawn set apart as data problems (an
 * unknown unit, a value below absolute zero), and the excursions out of a
 * storage band: each run of consecutive readings outside it.
 *
 * @param readings the usable readings, in time order
 * @param problems the readings left out, with why
 */
public record TemperatureSeries(List<Reading> readings, List<Problem> problems) {

	/** What GS1 sensor reports call a temperature. */
	public static final String TYPE = "Temperature"; //$NON-NLS-1$

	private static final BigDecimal ABSOLUTE_ZERO = new BigDecimal("-273.15"); //$NON-NLS-1$
	private static final BigDecimal KELVIN_OFFSET = new BigDecimal("273.15"); //$NON-NLS-1$
	private static final BigDecimal FAHRENHEIT_OFFSET = BigDecimal.valueOf(32);
	private static final BigDecimal FAHRENHEIT_SCALE = BigDecimal.valueOf(5).divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);

	/**
	 * @param celsius the value in °C
	 * @param unit    the unit it was read in, for the chart's label
	 */
	public record Reading(Instant time, BigDecimal celsius, String unit, String location) {
	}

	/** A reading left out of the series. */
	public record Problem(SensorReading reading, Kind kind) {

		public enum Kind {
			/** A unit that is no temperature unit this series knows. */
			UNKNOWN_UNIT,
			/** Colder than absolute zero: a logger's fault, never drawn. */
			IMPOSSIBLE_VALUE
		}
	}

	/**
	 * A run of consecutive readings outside the band.
	 *
	 * @param worst the reading furthest outside the band, in °C
	 */
	public record Excursion(Instant start, Instant end, BigDecimal worst, String location) {

		public Duration duration() {
			return Duration.between(start, end);
		}
	}

	/** The temperature readings among a trace's sensor readings. */
	public static TemperatureSeries of(List<SensorReading> sensors) {
		List<Reading> readings = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (SensorReading r : sensors) {
			if (!TYPE.equals(r.type())) {
				continue;
			}
			BigDecimal celsius = celsius(r.value(), r.uom());
			if (celsius == null) {
				problems.add(new Problem(r, Problem.Kind.UNKNOWN_UNIT));
			} else if (celsius.compareTo(ABSOLUTE_ZERO) < 0) {
				problems.add(new Problem(r, Problem.Kind.IMPOSSIBLE_VALUE));
			} else {
				readings.add(new Reading(r.time(), celsius, r.uom(), r.location()));
			}
		}
		readings.sort(Comparator.comparing(Reading::time));
		return new TemperatureSeries(List.copyOf(readings), List.copyOf(problems));
	}

	/** A value in °C, or null for a unit that is no temperature (UN/ECE Rec. 20: CEL, FAR, KEL). */
	static BigDecimal celsius(BigDecimal value, String unit) {
		if (unit == null) {
			return null;
		}
		return switch (unit) {
		case "CEL" -> value; //$NON-NLS-1$
		case "KEL" -> value.subtract(KELVIN_OFFSET); //$NON-NLS-1$
		case "FAR" -> value.subtract(FAHRENHEIT_OFFSET).multiply(FAHRENHEIT_SCALE).setScale(2, RoundingMode.HALF_UP); //$NON-NLS-1$
		default -> null;
		};
	}

	/** Each run of consecutive readings outside the band, from its first reading to its last. */
	public List<Excursion> excursions(StorageBand band) {
		List<Excursion> excursions = new ArrayList<>();
		Reading first = null;
		Reading last = null;
		Reading worst = null;
		for (Reading r : readings) {
			if (band.allows(r.celsius())) {
				if (first != null) {
					excursions.add(new Excursion(first.time(), last.time(), worst.celsius(), worst.location()));
					first = null;
				}
				continue;
			}
			if (first == null) {
				first = r;
				worst = r;
			} else if (outside(band, r.celsius()).compareTo(outside(band, worst.celsius())) > 0) {
				worst = r;
			}
			last = r;
		}
		if (first != null) {
			excursions.add(new Excursion(first.time(), last.time(), worst.celsius(), worst.location()));
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
