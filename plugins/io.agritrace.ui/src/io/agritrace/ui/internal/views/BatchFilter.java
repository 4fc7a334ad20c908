package io.agritrace.ui.internal.views;

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
	List<ProductBatch> apply(BatchListing listing) {
		return words.isEmpty() ? listing.batches()
				: listing.batches().stream().filter(b -> matches(b, listing.of(b))).toList();
	}

	private boolean matches(ProductBatch b, BatchListing.Facts facts) {
		String text = String.join("\n", b.traceCode(), b.lot(), facts.product(), b.productName(), //$NON-NLS-1$
				b.gtin().toString(), facts.county(), b.originDivision(), String.join("\n", facts.holders()), facts.producer()) //$NON-NLS-1$
				.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(text::contains);
	}
}
