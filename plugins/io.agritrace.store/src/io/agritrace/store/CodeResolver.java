package io.agritrace.store;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TraceCode;
import io.agritrace.core.model.ValidationException;

/**
 * Turns what a user types (a trace code from a label, a Digital Link, an EPC
 * URI) into the canonical identifier that the store indexes.
 */
public final class CodeResolver {

	private static final String TRACE_CODE = "[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]{2}"; //$NON-NLS-1$

	private final BatchRepository batches;

	CodeResolver(BatchRepository batches) {
		this.batches = batches;
	}

	/**
	 * @throws ValidationException when a trace code is malformed or unknown
	 */
	public String resolve(String code) {
		String input = code.strip();
		if (input.matches(TRACE_CODE)) {
			String traceCode = TraceCode.validate("code", input); //$NON-NLS-1$
			return batches.findByTraceCode(traceCode).map(ProductBatch::code).orElseThrow(() -> new ValidationException(
					"code", traceCode, NLS.bind(Messages.CodeResolver_unknownTraceCode, "code", traceCode))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Identifiers.canonical(input);
	}
}
