package io.agritrace.cli.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.agritrace.core.model.ValidationException;
import io.agritrace.service.LotFinder;
import io.agritrace.store.CodeMatch;
import io.agritrace.store.TraceStore;

/**
 * The lot a command's CODE names: a trace code, lot number, Digital Link, EPC
 * URI or GTIN with lot. The first line on standard error says what the code
 * was read as; a lot number that several products share lists them there and
 * is refused, asking for a more exact code.
 */
final class LotArgument {

	private LotArgument() {
	}

	/**
	 * @return the lot's canonical identifier
	 * @throws ValidationException when the code is malformed, names nothing, or
	 *                             names several lots
	 */
	static String lot(TraceStore store, String code, CliContext context) {
		LotFinder.Found found = new LotFinder(store).find(code, context.language());
		CodeMatch match = found.match();
		String kind = match.kind().label(context.language());
		if (match.unique()) {
			context.err().println(Texts.Lot_readAs.text(context.language(), new Object[] { match.code(), kind, match.lot() }));
			return match.lot();
		}
		context.err().println(Texts.Lot_several.text(context.language(), new Object[] { match.code(), kind, match.lots().size() }));
		Map<String, LotFinder.Candidate> registered = found.batches().stream()
				.collect(Collectors.toMap(c -> c.batch().code(), Function.identity()));
		for (String lot : match.lots()) {
			LotFinder.Candidate c = registered.get(lot);
			context.err().println("  " + (c == null ? lot //$NON-NLS-1$
					: Texts.Lot_choice.text(context.language(), new Object[] { c.batch().traceCode(), c.batch().gtin(), c.product(),
							String.join(", ", c.holders()), lot }))); //$NON-NLS-1$
		}
		return match.lot();
	}
}
