package io.agritrace.core.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Product;

/**
 * Temperatures an event reports outside the storage band of a product it
 * carries: a chilled beef shipment read at 9 °C. Readings in °F or K count in
 * °C; those a {@link SensorSeries} cannot use are left out.
 */
public final class ColdChain {

	/** The readings of one event outside one product's band. */
	public record Excursion(Product product, List<SensorSeries.Reading> readings) {
	}

	private ColdChain() {
	}

	/**
	 * @param products the catalogue's product of a GTIN-14
	 * @return one excursion per product with a band that a reading breaks
	 */
	public static List<Excursion> excursions(EpcisEvent event, Function<String, Optional<Product>> products) {
		List<SensorSeries.Reading> temperatures = SensorSeries.temperatures(new Timeline(List.of(event)).sensors())
				.readings();
		if (temperatures.isEmpty()) {
			return List.of();
		}
		Map<String, Product> carried = new LinkedHashMap<>();
		Stream.of(event.quantities(), event.outputQuantities(), event.childQuantities()).flatMap(List::stream)
				.map(QuantityElement::epcClass).map(Identifiers::gtin).flatMap(Optional::stream).distinct()
				.forEach(gtin -> products.apply(gtin).filter(p -> p.storageBand() != null)
						.ifPresent(p -> carried.put(gtin, p)));
		List<Excursion> excursions = new ArrayList<>();
		for (Product product : carried.values()) {
			List<SensorSeries.Reading> outside = temperatures.stream()
					.filter(r -> !product.storageBand().allows(r.value())).toList();
			if (!outside.isEmpty()) {
				excursions.add(new Excursion(product, outside));
			}
		}
		return excursions;
	}
}
