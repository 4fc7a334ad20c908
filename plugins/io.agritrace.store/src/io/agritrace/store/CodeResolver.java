package io.agritrace.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TraceCode;
import io.agritrace.core.model.ValidationException;

/**
 * Turns what a user types (a trace code from a label, a Digital Link, an EPC
 * URI) into the canonical identifier that the store indexes.
 */
public final class CodeResolver {

	private static final String TRACE_CODE = "[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]{2}"; //$NON-NLS-1$
	private static final Pattern GTIN_LINK = Pattern.compile("https://id\\.gs1\\.org/01/([^/?#]*)"); //$NON-NLS-1$

	private final BatchRepository batches;

	CodeResolver(BatchRepository batches) {
		this.batches = batches;
	}

	/**
	 * @throws ValidationException when a trace code is malformed or unknown, or
	 *                             a Digital Link's GTIN is malformed
	 */
	public String resolve(String code) {
		String input = code.strip();
		if (input.matches(TRACE_CODE)) {
			String traceCode = TraceCode.validate("code", input); //$NON-NLS-1$
			return batches.findByTraceCode(traceCode).map(ProductBatch::code).orElseThrow(() -> new ValidationException(
					"code", traceCode, Texts.CodeResolver_unknownTraceCode.with("code", traceCode))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String identifier = Identifiers.canonical(input);
		Matcher link = GTIN_LINK.matcher(identifier);
		if (link.lookingAt()) {
			Gtin.parse("code", link.group(1)); // a bad GTIN is named, not searched for //$NON-NLS-1$
		}
		return identifier;
	}

	/**
	 * The registered batch a code names, if any.
	 *
	 * @throws ValidationException as {@link #resolve(String)}
	 */
	public Optional<ProductBatch> batch(String code) {
		return batches.find(resolve(code));
	}
}
