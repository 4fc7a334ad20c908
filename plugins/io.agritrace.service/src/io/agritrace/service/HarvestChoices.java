package io.agritrace.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/**
 * What a harvest can name, read from the store, leaving out what is
 * deactivated: the catalogue, the plots (the registered locations with a
 * county), the organisations that may have produced it and the lots
 * registered already.
 */
public record HarvestChoices(List<Product> products, List<Location> plots, List<Party> producers, Set<String> batchCodes) {

	public static HarvestChoices read(TraceStore store) {
		return new HarvestChoices(store.masterData().activeProducts(),
				store.masterData().activeLocations().stream().filter(l -> l.division() != null).toList(),
				store.masterData().activeParties(),
				store.batches().list().stream().map(ProductBatch::code).collect(Collectors.toSet()));
	}
}
