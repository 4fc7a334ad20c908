package io.agritrace.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.ValidationException;
import io.agritrace.store.CodeMatch;
import io.agritrace.store.TraceStore;

/**
 * A code as people have it (a label's trace code, a lot number, a scanned
 * Digital Link or EPC URI, a GTIN with its lot) looked up for a front end:
 * what it was read as, and each registered batch it names with its product
 * and holders, so that a lot number several products share can be offered as
 * a choice.
 */
public final class LotFinder {

	/**
	 * A registered batch a code names, as a choice shows it.
	 *
	 * @param product the product's name in the language asked
	 * @param holders who holds some of it now, each once; or why nobody does
	 */
	public record Candidate(ProductBatch batch, String product, List<String> holders) {
	}

	/**
	 * @param match   what the code was read as, and every lot it names
	 * @param batches the registered batches among those lots, in the match's
	 *                order; empty when it names only lots not registered here
	 */
	public record Found(CodeMatch match, List<Candidate> batches) {
	}

	private final TraceStore store;

	public LotFinder(TraceStore store) {
		this.store = store;
	}

	/**
	 * Reads in the caller's thread (a Job in the workbench).
	 *
	 * @throws ValidationException when the code is malformed or names no lot
	 */
	public Found find(String code, Locale language) {
		CodeMatch match = store.codes().match(code);
		Naming naming = new Naming(store, language);
		List<Candidate> batches = match.lots().stream().map(lot -> store.batches().find(lot)).flatMap(Optional::stream)
				.map(b -> new Candidate(b, naming.product(b.code()).orElse(b.productName()),
						BatchListing.holders(store.holdings().lot(b.code()).onHand(b.code()), naming::party, language)))
				.toList();
		return new Found(match, batches);
	}
}
