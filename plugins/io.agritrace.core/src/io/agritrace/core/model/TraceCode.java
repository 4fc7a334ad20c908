package io.agritrace.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.agritrace.core.text.Localized;

/**
 * The short human trace code (追溯码) printed on a lot's label: 10 characters
 * from a 23-character alphabet without look-alikes ({@link #ALPHABET}), shown as XXXX-XXXX-XX. The last is a check character: a
 * weighted sum modulo 23, the alphabet's size and a prime, so that every single
 * wrong character and every swap of two neighbours changes it.
 */
public final class TraceCode {

	/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: what people misread on a label. */
	private static final String ALPHABET = "34679ACDEFGHJKMNPQRTWXY"; //$NON-NLS-1$
	private static final int BASE = ALPHABET.length();

	private TraceCode() {
	}

	/** The trace code of a lot, derived from its Digital Link (stable, not secret). */
	public static String of(String lotCode) {
		byte[] digest = sha256(lotCode);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			body.append(ALPHABET.charAt((digest[i] & 0xFF) % BASE));
		}
		return format(body.toString() + check(body.toString()));
	}

	/**
	 * @return the code in its printed form
	 * @throws ValidationException when it is malformed or its check character is wrong
	 */
	public static String validate(String field, String value) {
		return validate(field, language -> field, value);
	}

	/** As {@link #validate(String, String)}, its messages naming the field by {@code label} in their language. */
	public static String validate(String field, Localized label, String value) {
		String raw = value == null ? "" //$NON-NLS-1$
				: value.replace("-", "").replace(" ", "").toUpperCase(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (raw.length() != 10 || !raw.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new ValidationException(field, value, Texts.TraceCode_malformed.with(label, value));
		}
		if (raw.charAt(9) != check(raw.substring(0, 9))) {
			throw new ValidationException(field, value, Texts.TraceCode_badCheck.with(label, value));
		}
		return format(raw);
	}

	/** Sum of position (1..9) times value, modulo 23. */
	static char check(String body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
		}
		return ALPHABET.charAt(sum % BASE);
	}

	private static String format(String raw) {
		return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
