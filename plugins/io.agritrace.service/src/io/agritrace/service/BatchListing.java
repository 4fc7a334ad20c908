package io.agritrace.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.store.TraceStore;

/**
 * What a list of batches shows, groups, filters and marks (the navigator):
 * the batches and, by batch code, their facts named in one language.
 */
public record BatchListing(List<ProductBatch> batches, Map<String, BatchListing.Facts> facts) {

	/**
	 * @param product        the product's name in the user's language, or the batch's own
	 * @param category       the product's category, as a name
	 * @param county         the county of origin's name
	 * @param holders        who holds some of the lot now, each once; or why nobody does
	 * @param producer       the producing organisation's name, or empty when not known
	 * @param awaitingAnchor whether an event naming the lot is not anchored yet
	 * @param warnings       whether an event naming the lot broke a custody rule or was declared erroneous
	 */
	public record Facts(String product, String category, String county, List<String> holders, String producer,
			boolean awaitingAnchor, boolean warnings) {
	}

	public static BatchListing read(TraceStore store, Locale language) {
		List<ProductBatch> batches = store.batches().list();
		Map<String, Product> products = store.masterData().products().stream()
				.collect(Collectors.toMap(Product::gtin, Function.identity(), (a, b) -> a));
		Map<String, List<CustodyChain.Stop>> onHand = store.holdings().all().onHand().stream()
				.collect(Collectors.groupingBy(CustodyChain.Stop::item));
		Set<String> awaiting = store.outbox().itemsAwaitingAnchor();
		Set<String> warned = store.events().itemsWithWarnings();
		Map<String, String> parties = new HashMap<>();
		Map<String, Facts> facts = new HashMap<>();
		for (ProductBatch b : batches) {
			Product product = products.get(b.gtin().toString());
			List<String> holders = holders(onHand.getOrDefault(b.code(), List.of()),
					party -> parties.computeIfAbsent(party, p -> store.masterData().partyName(p, language)), language);
			String name = product == null ? null : DisplayLanguage.pick(language, product.nameZh(), product.nameEn());
			String producer = b.producer() == null ? "" //$NON-NLS-1$
					: parties.computeIfAbsent(b.producer(), p -> store.masterData().partyName(p, language));
			facts.put(b.code(), new Facts(name == null ? b.productName() : name,
					Categories.name(product == null ? null : product.category(), language),
					Divisions.name(b.originDivision(), language),
					holders, producer, awaiting.contains(b.code()),
					warned.contains(b.code())));
		}
		return new BatchListing(batches, facts);
	}

	/** Who holds some of a lot at these places, each once; or why nobody does. */
	static List<String> holders(List<CustodyChain.Stop> onHand, UnaryOperator<String> partyName, Locale language) {
		List<String> holders = onHand.stream()
				.map(stop -> stop.party() == null ? Texts.Listing_holderUnknown.text(language) : partyName.apply(stop.party()))
				.distinct().toList();
		return holders.isEmpty() ? List.of(Texts.Listing_holderGone.text(language)) : holders;
	}

	public Facts of(ProductBatch batch) {
		return facts.get(batch.code());
	}

	/** The same batches, marked anew from the lots whose events await their anchor. */
	public BatchListing withAwaiting(Set<String> awaiting) {
		Map<String, Facts> marked = new HashMap<>();
		facts.forEach((code, f) -> marked.put(code,
				new Facts(f.product(), f.category(), f.county(), f.holders(), f.producer(), awaiting.contains(code),
						f.warnings())));
		return new BatchListing(batches, marked);
	}
}
