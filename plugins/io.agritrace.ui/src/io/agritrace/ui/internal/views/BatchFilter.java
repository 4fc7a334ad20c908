package io.agritrace.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;

/**
 * What the navigator's filter field keeps: the batches whose trace code,
 * lot, product (as shown or registered), GTIN, county of origin (name or
 * GB/T 2260 code), holders or producer contain every word typed, whatever
 * their case.
 *
 * @param words the words typed, in lower case; none keeps every batch
 */
record BatchFilter(List<String> words) {

	static BatchFilter of(String typed) {
		String stripped = typed.strip().toLowerCase(Locale.ROOT);
		return new BatchFilter(stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"))); //$NON-NLS-1$
	}

	/** The listing's batches that match, in its order. */
	List<ProductBatch> apply(BatchListing listing, Searched searched) {
		if (words.isEmpty()) {
			return listing.batches();
		}
		List<String> texts = searched.texts(listing);
		List<ProductBatch> kept = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (words.stream().allMatch(text::contains)) {
				kept.add(listing.batches().get(i));
			}
		}
		return kept;
	}

	/**
	 * The text searched of each batch of a listing, in lower case, made once for its batches: making it at every
	 * keystroke took 83% of a keystroke over 10,000 batches (JFR samples of {@code bench/run ui}). A listing
	 * marked anew keeps its batches and their texts.
	 */
	static final class Searched {
		private List<ProductBatch> batches = List.of();
		private List<String> texts = List.of();

		List<String> texts(BatchListing listing) {
			if (listing.batches() != batches) {
				batches = listing.batches();
				texts = batches.stream().map(b -> text(b, listing.of(b))).toList();
			}
			return texts;
		}

		private static String text(ProductBatch b, BatchListing.Facts facts) {
			String holders = String.join("\n", facts.holders()); //$NON-NLS-1$
			return String.join("\n", b.traceCode(), b.lot(), facts.product(), b.productName(), b.gtin().toString(), //$NON-NLS-1$
					facts.county(), b.originDivision(), holders, facts.producer()).toLowerCase(Locale.ROOT);
		}
	}
}
