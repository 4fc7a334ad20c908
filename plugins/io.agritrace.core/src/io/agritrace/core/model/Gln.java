package io.agritrace.core.model;

import io.agritrace.core.text.Localized;

/** A GS1 Global Location Number: 13 digits, the last a GS1 check digit. */
public final class Gln {

	private Gln() {
	}

	/**
	 * @param label how the error names the field
	 * @return the GLN, stripped
	 * @throws ValidationException when it is not 13 digits with a right check digit
	 */
	public static String validate(String field, String label, String value) {
		return validate(field, language -> label, value);
	}

	/** As {@link #validate(String, String, String)}, the error naming the field in its reader's language. */
	public static String validate(String field, Localized label, String value) {
		String gln = value == null ? "" : value.strip(); //$NON-NLS-1$
		if (!gln.matches("\\d{13}")) { //$NON-NLS-1$
			throw new ValidationException(field, gln, Texts.Gln_notDigits.with(label, gln));
		}
		char expected = Gs1CheckDigit.of(gln.substring(0, 12));
		if (gln.charAt(12) != expected) {
			throw new ValidationException(field, gln,
					Texts.Gln_badCheckDigit.with(label, gln, String.valueOf(expected)));
		}
		return gln;
	}

	/** How events name a party with this GLN: its GS1 Digital Link (AI 417). */
	public static String partyUri(String gln) {
		return "https://id.gs1.org/417/" + gln; //$NON-NLS-1$
	}

	/** How events name a location with this GLN: its GS1 Digital Link (AI 414). */
	public static String locationUri(String gln) {
		return "https://id.gs1.org/414/" + gln; //$NON-NLS-1$
	}

	/** The GLN a {@link #partyUri} or {@link #locationUri} names. */
	public static String ofUri(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}
}
