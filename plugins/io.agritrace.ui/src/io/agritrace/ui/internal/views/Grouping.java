package io.agritrace.ui.internal.views;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;

/** How the navigator groups batches: category → product → batch, county → batch, or holder → batch (under each holder of some of it). */
enum Grouping {
	CATEGORY(Messages.BatchNavigator_byCategory), COUNTY(Messages.BatchNavigator_byCounty),
	HOLDER(Messages.BatchNavigator_byHolder);

	/**
	 * A heading and what it holds: groups or batches; {@code batches} counts the
	 * batches under it. Headings are equal by title, so that the tree keeps a
	 * heading open when what is under it changes.
	 */
	record Group(String title, List<?> children, int batches) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Group g && g.title.equals(title);
		}

		@Override
		public int hashCode() {
			return title.hashCode();
		}
	}

	private final String label;

	Grouping(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** The headings over these batches, by name in the user's collation; batches keep their order. */
	List<Group> groups(List<ProductBatch> batches, BatchListing listing) {
		return switch (this) {
		case CATEGORY -> by(batches, b -> List.of(listing.of(b).category()),
				inCategory -> by(inCategory, b -> List.of(listing.of(b).product()), List::copyOf));
		case COUNTY -> by(batches, b -> List.of(listing.of(b).county()), List::copyOf);
		// A lot split between holders is under each of them.
		case HOLDER -> by(batches, b -> listing.of(b).holders(), List::copyOf);
		};
	}

	private static List<Group> by(List<ProductBatch> batches, Function<ProductBatch, List<String>> keys,
			Function<List<ProductBatch>, List<?>> below) {
		Map<String, List<ProductBatch>> byKey = new LinkedHashMap<>();
		batches.forEach(b -> keys.apply(b).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(b)));
		Collator collator = Collator.getInstance();
		return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(k -> k, collator)))
				.map(e -> new Group(e.getKey(), below.apply(e.getValue()), e.getValue().size())).toList();
	}
}
