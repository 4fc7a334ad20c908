package io.agritrace.core.model;

import java.util.List;

/**
 * The parties, locations and products that events name, registered together
 * (a bureau's catalogue, a data set, an import of master data).
 */
public record MasterData(List<Party> parties, List<Location> locations, List<Product> products) {

	public MasterData {
		parties = List.copyOf(parties);
		locations = List.copyOf(locations);
		products = List.copyOf(products);
	}
}
