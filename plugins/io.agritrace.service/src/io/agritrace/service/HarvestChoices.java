package io.agritrace.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/**
 * What a harvest can name, read from the store, leaving out what is
 * deactivated: the catalogue, the registered sites, the organisations that
 * may have produced it and the lots registered already.
 */
public record HarvestChoices(List<Product> products, List<Location> sites, List<Party> producers, Set<String> batchCodes) {

	/** Who harvests: a farm, or a cooperative for its members' fields; not a mill, a carrier or a shop. */
	private static final Set<PartyRole> PRODUCERS = EnumSet.of(PartyRole.FARM, PartyRole.COOPERATIVE);

	public static HarvestChoices read(TraceStore store) {
		return new HarvestChoices(store.masterData().activeProducts(), store.masterData().activeLocations(),
				store.masterData().activeParties().stream()
						.filter(p -> PRODUCERS.stream().anyMatch(r -> r.code().equals(p.role()))).toList(),
				store.batches().list().stream().map(ProductBatch::code).collect(Collectors.toSet()));
	}

	/**
	 * The plots a producer harvests on: the sites it runs, so that the new lot
	 * is held by its producer (a lot's holder is its site's operator) and not
	 * by the shop or warehouse of another organisation; with no producer, the
	 * sites no one is recorded to run. A site registers no kind: all the
	 * producer's sites are offered, those without a county too (the page says
	 * why it cannot take one, where the shipping page offers it alike).
	 *
	 * @param producer the producer's URI, or null
	 */
	public List<Location> plots(String producer) {
		return sites.stream().filter(l -> Objects.equals(producer, l.operator())).toList();
	}
}
