package io.agritrace.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TraceCode;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.text.Message;

/**
 * Turns what a user types into the lots it names, by their canonical
 * identifiers (what the store indexes): a trace code from a label, a lot
 * number as the navigator shows it, a GS1 Digital Link on any host, an EPC
 * URI, or a GTIN with a lot number (separated by a space, or as the element
 * string {@code (01)…(10)…} a barcode carries).
 */
public final class CodeResolver {

	/** The field errors name: the code typed. */
	static final String FIELD = "code"; //$NON-NLS-1$
	/** The field as its messages name it, in the reader's language. */
	static final Message FIELD_NAME = Texts.CodeResolver_field.with();

	private static final Pattern TRACE_CODE = Pattern.compile("[0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{2}"); //$NON-NLS-1$
	private static final Pattern WEB = Pattern.compile("(?i)https?://.*"); //$NON-NLS-1$
	private static final Pattern GTIN_LINK = Pattern.compile("https://id\\.gs1\\.org/01/([^/?#]*)"); //$NON-NLS-1$
	/** "(01)06901234000016(10)MH2611-00012", spaces allowed between the elements. */
	private static final Pattern ELEMENT_STRING = Pattern.compile("\\(01\\)\\s*(\\d{14})\\s*\\(10\\)\\s*(\\S{1,20})"); //$NON-NLS-1$
	/** The same without brackets, as a scanner gives it: "0106901234000016" "10" then the lot. */
	private static final Pattern SCANNED = Pattern.compile("01(\\d{14})\\u001d?10(\\S{1,20})"); //$NON-NLS-1$
	/** A GTIN-8, -12, -13 or -14, a space (or "/", ",", ";"), then a lot number. */
	private static final Pattern GTIN_THEN_LOT = Pattern.compile("(\\d{8}|\\d{12,14})\\s*[\\s/,;]\\s*(\\S{1,20})"); //$NON-NLS-1$
	/** GS1 AI 10: at most 20 characters, no spaces. */
	private static final Pattern LOT_NUMBER = Pattern.compile("\\S{1,20}"); //$NON-NLS-1$

	private final BatchRepository batches;

	CodeResolver(BatchRepository batches) {
		this.batches = batches;
	}

	/**
	 * The lots a code names and what it was read as. A trace code, lot number or
	 * GTIN with lot names what this store holds; a Digital Link or EPC URI names
	 * its canonical identifier whether or not the store holds it.
	 *
	 * @throws ValidationException when the code is malformed (a trace code's check
	 *                             character, a GTIN's check digit) or names no lot
	 */
	public CodeMatch match(String code) {
		String input = code == null ? "" : code.strip(); //$NON-NLS-1$
		if (input.startsWith("urn:epc:")) { //$NON-NLS-1$
			return epcUri(input);
		}
		if (WEB.matcher(input).matches()) {
			return digitalLink(input);
		}
		Optional<CodeMatch> gtinAndLot = gtinAndLot(input);
		if (gtinAndLot.isPresent()) {
			return gtinAndLot.get();
		}
		ValidationException notATraceCode = null;
		if (TRACE_CODE.matcher(input).matches()) {
			try {
				String traceCode = TraceCode.validate(FIELD, FIELD_NAME, input);
				Optional<ProductBatch> batch = batches.findByTraceCode(traceCode);
				if (batch.isPresent()) {
					return new CodeMatch(input, CodeKind.TRACE_CODE, List.of(batch.get().code()));
				}
				notATraceCode = new ValidationException(FIELD, traceCode, Texts.CodeResolver_unknownTraceCode.with(FIELD_NAME, traceCode));
			} catch (ValidationException malformed) {
				// Ten letters and digits may still be a lot number: looked up below first.
				notATraceCode = malformed;
			}
		}
		if (LOT_NUMBER.matcher(input).matches()) {
			var lots = batches.codesWithLot(input);
			if (lots.isEmpty() && !input.equals(input.toUpperCase(Locale.ROOT))) {
				lots = batches.codesWithLot(input.toUpperCase(Locale.ROOT));
			}
			if (!lots.isEmpty()) {
				return new CodeMatch(input, CodeKind.LOT_NUMBER, lots);
			}
		}
		if (notATraceCode != null) {
			throw notATraceCode;
		}
		throw new ValidationException(FIELD, input, Texts.CodeResolver_unknown.with(FIELD_NAME, input));
	}

	/**
	 * The one lot a code names, by its canonical identifier.
	 *
	 * @throws ValidationException as {@link #match(String)}, and when the code
	 *                             names several lots
	 */
	public String resolve(String code) {
		return match(code).lot();
	}

	private static CodeMatch epcUri(String input) {
		String identifier = Identifiers.canonical(input);
		if (identifier.startsWith("urn:")) { //$NON-NLS-1$
			throw new ValidationException(FIELD, input, Texts.CodeResolver_badEpcUri.with(FIELD_NAME, input));
		}
		return new CodeMatch(input, CodeKind.EPC_URI, List.of(identifier));
	}

	private static CodeMatch digitalLink(String input) {
		String identifier = Identifiers.canonical(input);
		Matcher link = GTIN_LINK.matcher(identifier);
		if (link.lookingAt()) {
			Gtin.parse(FIELD, link.group(1)); // a bad GTIN is named, not searched for
		}
		return new CodeMatch(input, CodeKind.DIGITAL_LINK, List.of(identifier));
	}

	/** A GTIN with a lot, when the input is one; a GTIN with a wrong check digit is refused, naming it. */
	private Optional<CodeMatch> gtinAndLot(String input) {
		Matcher m = ELEMENT_STRING.matcher(input);
		if (!m.matches()) {
			m = SCANNED.matcher(input);
		}
		if (!m.matches()) {
			m = GTIN_THEN_LOT.matcher(input);
		}
		if (!m.matches()) {
			return Optional.empty();
		}
		Gtin gtin = Gtin.parse(FIELD, m.group(1));
		String lot = Identifiers.canonical(ProductBatch.codeOf(gtin.toString(), m.group(2)));
		return Optional.of(new CodeMatch(input, CodeKind.GTIN_AND_LOT, List.of(lot)));
	}
}
