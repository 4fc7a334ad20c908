package io.agritrace.core.model;

/** A GS1 Serial Shipping Container Code, on a case's or pallet's label: 18 digits, the last a GS1 check digit. */
public final class Sscc {

	private Sscc() {
	}

	/**
	 * @param label how the error names the field
	 * @return the SSCC, stripped
	 * @throws ValidationException when it is not 18 digits with a right check digit
	 */
	public static String validate(String field, String label, String value) {
		String sscc = value == null ? "" : value.strip(); //$NON-NLS-1$
		if (!sscc.matches("\\d{18}")) { //$NON-NLS-1$
			throw new ValidationException(field, sscc, Texts.Sscc_notDigits.with(label, sscc));
		}
		char expected = Gs1CheckDigit.of(sscc.substring(0, 17));
		if (sscc.charAt(17) != expected) {
			throw new ValidationException(field, sscc,
					Texts.Sscc_badCheckDigit.with(label, sscc, String.valueOf(expected)));
		}
		return sscc;
	}

	/**
	 * An SSCC for a new case or pallet: extension digit 0, the GS1 company
	 * prefix of the packer's GLN (its first seven digits), a serial reference
	 * from {@code serial} and the check digit.
	 */
	public static String propose(String packerGln, long serial) {
		String serialReference = String.format("%09d", Math.floorMod(serial, 1_000_000_000L)); //$NON-NLS-1$
		return Gs1CheckDigit.append("0" + packerGln.substring(0, 7) + serialReference); //$NON-NLS-1$
	}

	/** How events name a case or pallet: its GS1 Digital Link (AI 00). */
	public static String uri(String sscc) {
		return "https://id.gs1.org/00/" + sscc; //$NON-NLS-1$
	}
}
