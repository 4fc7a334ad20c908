package io.agritrace.core.model;

import io.agritrace.core.text.Localized;

/** A GS1 Global Trade Item Number, always held as 14 digits (GTIN-14). */
public final class Gtin {

	private final String digits;

	private Gtin(String digits) {
		this.digits = digits;
	}

	/**
	 * Parses a GTIN-8, -12, -13 or -14, left-padding it to 14 digits.
	 *
	 * @param field the name of the field the value came from, for the error
	 * @throws ValidationException when the value is not digits of a GTIN length
	 *                             or its check digit is wrong
	 */
	public static Gtin parse(String field, String value) {
		return parse(field, field, value);
	}

	/** As {@link #parse(String, String)}, the error naming the field by {@code label}. */
	public static Gtin parse(String field, String label, String value) {
		return parse(field, language -> label, value);
	}

	/** As {@link #parse(String, String)}, the error naming the field in its reader's language. */
	public static Gtin parse(String field, Localized label, String value) {
		String v = value == null ? "" : value.trim(); //$NON-NLS-1$
		if (!v.matches("\\d{8}|\\d{12,14}")) { //$NON-NLS-1$
			throw new ValidationException(field, v, Texts.Gtin_notDigits.with(label, v));
		}
		String padded = "0".repeat(14 - v.length()) + v; //$NON-NLS-1$
		char expected = Gs1CheckDigit.of(padded.substring(0, 13));
		if (padded.charAt(13) != expected) {
			throw new ValidationException(field, v,
					Texts.Gtin_badCheckDigit.with(label, v, String.valueOf(expected)));
		}
		return new Gtin(padded);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Gtin other && other.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	/** The 14 digits. */
	@Override
	public String toString() {
		return digits;
	}
}
