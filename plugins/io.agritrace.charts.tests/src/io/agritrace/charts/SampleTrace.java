package io.agritrace.charts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.TypicalYield;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.SensorSeries;

/**
 * A hand-made trace of rice with known answers: milled in Jilin city, stored
 * in Changchun, a little sold in Beijing; the truck's log, the mill's yield.
 */
final class SampleTrace {

	private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
	static final String TRUCK = "urn:truck";
	static final String MILL = "urn:mill";
	static final String STORE = "urn:store";
	static final String BEIJING = "urn:beijing";
	static final Map<String, String> NAMES = Map.of(MILL, "吉林米业 Jilin mill", STORE, "长春冷库 Changchun store",
			BEIJING, "北京 Beijing", "urn:coop", "梅河口合作社 Meihekou co-op", "urn:millco", "Jilin Rice Co.", "urn:storeco",
			"Changchun Cold Chain Co.");

	private SampleTrace() {
	}

	static Instant hours(int h) {
		return T.plusSeconds(3600L * h);
	}

	/** Hourly temperatures, two of them too warm for chilled goods, one in °F and one impossible. */
	static SensorSeries truckLog() {
		List<SensorReading> log = new ArrayList<>();
		String[] celsius = { "2", "3", "6.5", "7", "3", "2.5" };
		for (int i = 0; i < celsius.length; i++) {
			log.add(new SensorReading(hours(i), "Temperature", new BigDecimal(celsius[i]), "CEL", TRUCK));
		}
		log.add(new SensorReading(hours(6), "Temperature", new BigDecimal("37.4"), "FAR", TRUCK));
		log.add(new SensorReading(hours(7), "Temperature", new BigDecimal("-300"), "CEL", TRUCK));
		return SensorSeries.temperatures(log);
	}

	/** Relative humidity in percent, and once as a fraction. */
	static SensorSeries humidityLog() {
		List<SensorReading> log = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			log.add(new SensorReading(hours(i), "RelativeHumidity", BigDecimal.valueOf(88 + i), "P1", TRUCK));
		}
		log.add(new SensorReading(hours(6), "RelativeHumidity", new BigDecimal("0.91"), "C62", TRUCK));
		return SensorSeries.of(SensorSeries.Measure.RELATIVE_HUMIDITY, log);
	}

	/** The rice at the mill, in the store and in Beijing, with the moves between them and three marks. */
	static CustodyChain chain() {
		CustodyChain.Stop atMill = new CustodyChain.Stop("rice", "urn:millco", MILL, hours(0), hours(24),
				new BigDecimal("7000"), BigDecimal.ZERO, "KGM");
		CustodyChain.Stop inStore = new CustodyChain.Stop("rice", "urn:storeco", STORE, hours(36), hours(48),
				new BigDecimal("7000"), BigDecimal.ZERO, "KGM");
		CustodyChain.Stop inBeijing = new CustodyChain.Stop("rice", null, BEIJING, hours(60), null, BigDecimal.TEN,
				BigDecimal.TEN, "KGM");
		return new CustodyChain(List.of(atMill, inStore, inBeijing),
				List.of(new CustodyChain.Move("rice", atMill, inStore, hours(24), hours(36), new BigDecimal("7000"), "KGM"),
						new CustodyChain.Move("rice", inStore, inBeijing, hours(48), hours(60), BigDecimal.TEN, "KGM")),
				List.of(),
				List.of(new CustodyChain.Mark("rice", hours(24), CustodyChain.Mark.Kind.SHIPPED, MILL),
						new CustodyChain.Mark("rice", hours(36), CustodyChain.Mark.Kind.RECEIVED, STORE),
						new CustodyChain.Mark("rice", hours(40), CustodyChain.Mark.Kind.INSPECTION_FAILED, STORE)));
	}

	/** The chain's places: two in Jilin, Beijing outside. */
	static Map<String, Location> locations() {
		return Map.of(MILL, new Location(MILL, "220203", "吉林米业", "Jilin mill", 43.84, 126.55, null, false),
				STORE, new Location(STORE, "220102", "长春冷库", "Changchun store", 43.88, 125.32, null, false),
				BEIJING, new Location(BEIJING, "110105", "北京", "Beijing", 39.90, 116.40, null, false));
	}

	/** 10 t of paddy milled into 8 t of rice: 80 %, more than rice mills give. */
	static MassBalance milling() {
		return new MassBalance(EventHashId.ofDigest(new byte[32]), hours(10), BizSteps.MILLING, MILL,
				List.of(new QuantityElement("paddy", new BigDecimal("10000"), "KGM")),
				List.of(new QuantityElement("rice", new BigDecimal("8000"), "KGM")), new BigDecimal("10000"),
				new BigDecimal("8000"), TypicalYield.RICE_MILLING);
	}

	/** Head of cattle killed: their inputs are not counted in kilograms. */
	static MassBalance killing() {
		return new MassBalance(EventHashId.ofDigest(new byte[32]), hours(20), BizSteps.KILLING, MILL, List.of(),
				List.of(new QuantityElement("rice", new BigDecimal("8000"), "KGM")), null, new BigDecimal("8000"),
				TypicalYield.CATTLE_DRESSING);
	}
}
