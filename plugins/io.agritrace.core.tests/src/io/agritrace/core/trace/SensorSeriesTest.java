package io.agritrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.agritrace.core.model.StorageBand;

/** A hand-made truck log with known answers: conversions, problems, and each excursion's start, end and worst value. */
class SensorSeriesTest {

	private static final Instant T = Instant.parse("2026-11-28T06:00:00Z");
	private static final String TRUCK = "https://id.gs1.org/414/6901234001099";

	private static SensorReading reading(int minutes, String value, String unit) {
		return new SensorReading(T.plusSeconds(60L * minutes), "Temperature", new BigDecimal(value), unit, TRUCK);
	}

	@Test
	void readingsInOtherUnitsAreConvertedAndImpossibleOnesSetApart() {
		List<SensorReading> log = List.of(reading(0, "3", "CEL"), reading(10, "39.2", "FAR"), reading(20, "277.15", "KEL"),
				reading(30, "-300", "CEL"), reading(40, "5", "XYZ"),
				new SensorReading(T, "Humidity", BigDecimal.TEN, "A93", TRUCK));

		SensorSeries series = SensorSeries.temperatures(log);

		assertEquals(List.of(new BigDecimal("3"), new BigDecimal("4.00"), new BigDecimal("4.00")),
				series.readings().stream().map(SensorSeries.Reading::value).toList());
		assertEquals(List.of("CEL", "FAR", "KEL"), series.readings().stream().map(SensorSeries.Reading::unit).toList());
		assertEquals(List.of(SensorSeries.Problem.Kind.IMPOSSIBLE_VALUE, SensorSeries.Problem.Kind.UNKNOWN_UNIT),
				series.problems().stream().map(SensorSeries.Problem::kind).toList());
	}

	@Test
	void humidityInPercentOrAsAFractionIsShownInPercentAndMoreThanAllIsAProblem() {
		List<SensorReading> log = List.of(new SensorReading(T, "RelativeHumidity", new BigDecimal("85"), "P1", TRUCK),
				new SensorReading(T.plusSeconds(600), "RelativeHumidity", new BigDecimal("0.9"), "C62", TRUCK),
				new SensorReading(T.plusSeconds(1200), "RelativeHumidity", new BigDecimal("120"), "P1", TRUCK),
				reading(30, "3", "CEL"));

		List<SensorSeries> all = SensorSeries.all(log);

		assertEquals(List.of(SensorSeries.Measure.TEMPERATURE, SensorSeries.Measure.RELATIVE_HUMIDITY),
				all.stream().map(SensorSeries::measure).toList());
		SensorSeries humidity = all.get(1);
		assertEquals(0, new BigDecimal("90").compareTo(humidity.readings().get(1).value()), "0.9 is 90 %");
		assertEquals("C62", humidity.readings().get(1).unit());
		assertEquals(List.of(SensorSeries.Problem.Kind.IMPOSSIBLE_VALUE),
				humidity.problems().stream().map(SensorSeries.Problem::kind).toList());
		assertEquals(List.of(), humidity.excursions(StorageBand.CHILLED), "bands are temperatures");
	}

	@Test
	void eachRunOutsideTheBandIsOneExcursionWithItsWorstReading() {
		List<SensorReading> log = new ArrayList<>();
		String[] celsius = { "2", "3", "6", "9.5", "7", "3", "1", "-1.5", "-0.5", "2" };
		for (int i = 0; i < celsius.length; i++) {
			log.add(reading(15 * i, celsius[i], "CEL"));
		}

		List<SensorSeries.Excursion> excursions = SensorSeries.temperatures(log).excursions(StorageBand.CHILLED);

		assertEquals(2, excursions.size());
		assertEquals(T.plusSeconds(60L * 30), excursions.get(0).start());
		assertEquals(T.plusSeconds(60L * 60), excursions.get(0).end());
		assertEquals(Duration.ofMinutes(30), excursions.get(0).duration());
		assertEquals(new BigDecimal("9.5"), excursions.get(0).worst());
		assertEquals(new BigDecimal("-1.5"), excursions.get(1).worst(), "below the band, the coldest");
		assertEquals(TRUCK, excursions.get(1).location());
		assertEquals(List.of(), SensorSeries.temperatures(log).excursions(StorageBand.LOW_TEMPERATURE_GRAIN), "all within 15 °C");
		assertEquals(List.of(3, 2), excursions.stream().map(SensorSeries.Excursion::readings).toList());
		assertFalse(excursions.get(1).single());
	}

	/** The newcomer's "excursion 0 min": a reading between two in the band says when, not for how long. */
	@Test
	void aSingleReadingOutsideTheBandIsAnExcursionOfOneReading() {
		List<SensorReading> log = List.of(reading(0, "3", "CEL"), reading(60, "9.1", "CEL"), reading(120, "2", "CEL"));

		List<SensorSeries.Excursion> excursions = SensorSeries.temperatures(log).excursions(StorageBand.CHILLED);

		assertEquals(1, excursions.size());
		assertTrue(excursions.get(0).single());
		assertEquals(T.plusSeconds(60L * 60), excursions.get(0).start());
		assertEquals(new BigDecimal("9.1"), excursions.get(0).worst());
	}
}
