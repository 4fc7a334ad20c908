package io.agritrace.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/**
 * How everything a page or a report lists is named in one language: parties,
 * places and lots by the names master data gives them, read once each.
 */
public final class Naming {

	private final TraceStore store;
	private final Locale language;
	private final Map<String, String> parties = new HashMap<>();
	private final Map<String, String> locations = new HashMap<>();
	private final Map<String, String> lots = new HashMap<>();

	public Naming(TraceStore store, Locale language) {
		this.store = store;
		this.language = language;
	}

	public Locale language() {
		return language;
	}

	/** A party's name; its URI when master data has no name for it; empty for none. */
	public String party(String uri) {
		return uri == null ? "" : parties.computeIfAbsent(uri, u -> store.masterData().partyName(u, language)); //$NON-NLS-1$
	}

	/** A place's name; its URI when master data has no name for it; empty for none. */
	public String location(String uri) {
		return uri == null ? "" : locations.computeIfAbsent(uri, u -> store.masterData().locationName(u, language)); //$NON-NLS-1$
	}

	/** A party's or else a place's name, for whichever the URI is. */
	public String partyOrLocation(String uri) {
		if (uri == null) {
			return ""; //$NON-NLS-1$
		}
		String party = party(uri);
		return party.equals(uri) ? location(uri) : party;
	}

	/**
	 * Whatever the URI names, by name: a party, a place or a lot; any other
	 * text as it is. What a rule or a finding quotes reads this way to people.
	 */
	public String anything(String uri) {
		if (uri == null || !uri.startsWith("https://")) { //$NON-NLS-1$
			return uri;
		}
		return Identifiers.lotNumber(uri).isPresent() ? lot(uri) : partyOrLocation(uri);
	}

	/** A party's telephone number, if one is registered. */
	public Optional<String> contact(String party) {
		return party == null ? Optional.empty() : store.masterData().contact(party);
	}

	/**
	 * A lot as its lot number and its product's name, for registered batches
	 * and intermediate lots (such as dried paddy) alike; a lot of an unknown
	 * product keeps its identifier.
	 */
	public String lot(String code) {
		return lots.computeIfAbsent(code, c -> {
			Optional<ProductBatch> batch = store.batches().find(c);
			Optional<String> lot = batch.map(ProductBatch::lot).or(() -> Identifiers.lotNumber(c));
			Optional<String> product = product(c).or(() -> batch.map(ProductBatch::productName));
			return lot.isPresent() && product.isPresent() ? lot.get() + "  " + product.get() : c; //$NON-NLS-1$
		});
	}

	/** The name of a lot's product, if the catalogue knows it. */
	public Optional<String> product(String lot) {
		return Identifiers.gtin(lot).flatMap(gtin -> store.masterData().productName(gtin, language));
	}
}
