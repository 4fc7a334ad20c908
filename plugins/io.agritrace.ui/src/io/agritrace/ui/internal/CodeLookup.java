package io.agritrace.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.ValidationException;
import io.agritrace.service.LotFinder;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A code as people have it (a label's trace code, a lot number, a scanned
 * Digital Link or EPC URI, a GTIN with its lot) looked up: the batches it
 * names, or why there is none.
 *
 * @param code    the code as typed, stripped
 * @param found   what the code was read as and the batches it names, or null
 *                when it is malformed or names nothing
 * @param problem what is wrong with the code, in the user's words, or null
 */
public record CodeLookup(String code, LotFinder.Found found, String problem) {

	/** Reads in the caller's thread: call it from a Job. */
	public static CodeLookup of(TraceStore store, String code) {
		Locale language = WorkbenchLanguage.current();
		String typed = code.strip();
		try {
			LotFinder.Found found = new LotFinder(store).find(typed, language);
			return new CodeLookup(typed, found, found.batches().isEmpty()
					? NLS.bind(Messages.FindHandler_notFound, typed, found.match().kind().label(language))
					: null);
		} catch (ValidationException e) {
			return new CodeLookup(typed, null, e.rule(language));
		}
	}

	/** The registered batches the code names: none, one, or several for a lot number that products share. */
	public List<LotFinder.Candidate> batches() {
		return found == null ? List.of() : found.batches();
	}

	/** What the code was read as and which batch it led to, e.g. Found by lot number "MH2611-00012": Meihe paddy, …. */
	public String said(LotFinder.Candidate opened) {
		return NLS.bind(Messages.CodeLookup_found, new Object[] { found.match().kind().label(WorkbenchLanguage.current()), code,
				opened.product(), opened.batch().lot(), opened.batch().traceCode() });
	}
}
