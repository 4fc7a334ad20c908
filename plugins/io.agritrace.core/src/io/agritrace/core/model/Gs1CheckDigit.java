package io.agritrace.core.model;

/**
 * The GS1 mod-10 check digit shared by GTIN, GLN, SSCC, GRAI, GDTI, GSRN and
 * the other GS1 keys (GS1 General Specifications §7.9.1).
 */
public final class Gs1CheckDigit {

	private Gs1CheckDigit() {
	}

	/** The check digit for these digits: weights 3, 1, 3, ... from the right. */
	public static char of(CharSequence digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			sum += (i % 2 == 0) ? d * 3 : d;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}

	/** The digits followed by their check digit. */
	public static String append(CharSequence digits) {
		return digits.toString() + of(digits);
	}
}
