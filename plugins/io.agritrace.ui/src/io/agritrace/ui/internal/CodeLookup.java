package io.agritrace.ui.internal;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.ValidationException;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A code as people have it (a label's trace code, a scanned Digital Link, an
 * EPC URI) looked up: the batch it names, or why there is none.
 *
 * @param batch   the batch, or null
 * @param problem what is wrong with the code, in the user's words, or null
 */
public record CodeLookup(ProductBatch batch, String problem) {

	/** Reads in the caller's thread: call it from a Job. */
	public static CodeLookup of(TraceStore store, String code) {
		try {
			return store.codes().batch(code).map(b -> new CodeLookup(b, null))
					.orElseGet(() -> new CodeLookup(null, NLS.bind(Messages.FindHandler_notFound, code.strip())));
		} catch (ValidationException e) {
			return new CodeLookup(null, e.rule(WorkbenchLanguage.current()));
		}
	}
}
