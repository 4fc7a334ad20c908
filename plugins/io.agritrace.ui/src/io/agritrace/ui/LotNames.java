package io.agritrace.ui;

import java.util.Locale;
import java.util.Optional;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/** How the workbench names a lot wherever it lists one: its lot number and its product's name. */
public final class LotNames {

	private LotNames() {
	}

	/**
	 * A lot as its lot number and its product's name in the user's language, for
	 * registered batches and intermediate lots (such as dried paddy) alike; a
	 * lot of an unknown product keeps its identifier. Reads the store.
	 */
	public static String of(TraceStore store, String code, Locale language) {
		Optional<ProductBatch> batch = store.batches().find(code);
		Optional<String> lot = batch.map(ProductBatch::lot).or(() -> Identifiers.lotNumber(code));
		Optional<String> product = Identifiers.gtin(code).flatMap(gtin -> store.masterData().productName(gtin, language))
				.or(() -> batch.map(ProductBatch::productName));
		return lot.isPresent() && product.isPresent() ? lot.get() + "  " + product.get() : code; //$NON-NLS-1$
	}
}
