package io.agritrace.store;

import java.util.List;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ValidationException;

/**
 * What a code names: the kind of code it was read as and the lots it names,
 * each by its canonical identifier (a Digital Link); one lot, or several when
 * products share the lot number typed.
 *
 * @param code  the code as typed, stripped
 * @param kind  what it was read as
 * @param lots  the canonical identifiers it names, at least one
 */
public record CodeMatch(String code, CodeKind kind, List<String> lots) {

	public CodeMatch {
		lots = List.copyOf(lots);
		if (lots.isEmpty()) {
			throw new IllegalArgumentException("a match names a lot"); //$NON-NLS-1$
		}
	}

	/** True when the code names one lot. */
	public boolean unique() {
		return lots.size() == 1;
	}

	/**
	 * The one lot the code names.
	 *
	 * @throws ValidationException when it names several (a lot number that
	 *                             several products share), naming their GTINs
	 */
	public String lot() {
		if (!unique()) {
			List<String> gtins = lots.stream().map(l -> Identifiers.gtin(l).orElse(l)).toList();
			throw new ValidationException(CodeResolver.FIELD, code,
					Texts.CodeResolver_ambiguous.with(CodeResolver.FIELD_NAME, code, lots.size(), String.join(", ", gtins))); //$NON-NLS-1$
		}
		return lots.get(0);
	}
}
