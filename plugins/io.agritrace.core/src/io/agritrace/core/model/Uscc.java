package io.agritrace.core.model;

/**
 * China's unified social credit code (统一社会信用代码, GB 32100-2015): 18
 * characters from a 31-character alphabet, the last a check character.
 */
public final class Uscc {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"; //$NON-NLS-1$
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private Uscc() {
	}

	/** The check character for the first 17 characters (GB 32100-2015 §5). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	/**
	 * @return the code, upper-cased
	 * @throws ValidationException naming the field when the code is malformed or
	 *                             its check character is wrong
	 */
	public static String validate(String field, String value) {
		return validate(field, field, value);
	}

	/** As {@link #validate(String, String)}, the error naming the field by {@code label}. */
	public static String validate(String field, String label, String value) {
		String code = value == null ? "" : value.strip().toUpperCase(); //$NON-NLS-1$
		if (code.length() != 18 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new ValidationException(field, code, Texts.Uscc_malformed.with(label, code));
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			throw new ValidationException(field, code,
					Texts.Uscc_badCheck.with(label, code, String.valueOf(expected)));
		}
		return code;
	}
}
