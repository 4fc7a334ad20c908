package io.agritrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;

/** A chilled product's storing read above 4 °C is an excursion; a product without a band has none. */
class ColdChainTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-28T14:20:00+08:00");
	private static final Product BEEF = new Product("06901234000085", "延边黄牛肉", "Yanbian beef cuts", "cattle", "KGM",
			StorageBand.CHILLED, false);
	private static final Product RED_GINSENG = new Product("06901234000054", "红参", "Red ginseng", "ginseng", "KGM", null,
			false);
	private static final Map<String, Product> CATALOGUE = Map.of(BEEF.gtin(), BEEF, RED_GINSENG.gtin(), RED_GINSENG);

	private static EpcisEvent stored(Product product, String... celsius) {
		EventBuilder event = StepEvents.storing(T, Identifiers.lot(product.gtin(), "L1"), BigDecimal.TEN, "KGM",
				"https://id.gs1.org/414/6901234001099");
		for (int i = 0; i < celsius.length; i++) {
			event.sensor(T.plusMinutes(10L * i), "Temperature", new BigDecimal(celsius[i]), "CEL");
		}
		return event.build();
	}

	private static List<ColdChain.Excursion> excursions(EpcisEvent event) {
		return ColdChain.excursions(event, gtin -> Optional.ofNullable(CATALOGUE.get(gtin)));
	}

	@Test
	void readingsOutsideTheBandAreTheExcursionAndTheOthersAreNot() {
		List<ColdChain.Excursion> found = excursions(stored(BEEF, "3.5", "9", "4", "-1"));

		assertEquals(1, found.size());
		assertEquals(BEEF, found.get(0).product());
		assertEquals(List.of(new BigDecimal("9"), new BigDecimal("-1")),
				found.get(0).readings().stream().map(SensorSeries.Reading::value).toList());
	}

	@Test
	void aProductWithoutABandOrAnEventWithoutReadingsHasNone() {
		assertTrue(excursions(stored(RED_GINSENG, "30")).isEmpty());
		assertTrue(excursions(stored(BEEF)).isEmpty());
	}
}
