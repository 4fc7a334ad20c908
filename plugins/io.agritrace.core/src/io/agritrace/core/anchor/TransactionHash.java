package io.agritrace.core.anchor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hash of a chain transaction (0x and 64 hexadecimal digits, lower case),
 * as the node answered it and the outbox keeps it.
 */
public record TransactionHash(String hex) {

	private static final Pattern HEX = Pattern.compile("0x[0-9a-f]{64}"); //$NON-NLS-1$

	public TransactionHash {
		hex = hex == null ? null : hex.toLowerCase(Locale.ROOT);
		if (hex == null || !HEX.matcher(hex).matches()) {
			throw new IllegalArgumentException("not a transaction hash: " + hex); //$NON-NLS-1$
		}
	}

	/** A stored or answered hash, or null for none. */
	public static TransactionHash ofNullable(String hex) {
		return hex == null ? null : new TransactionHash(hex);
	}

	@Override
	public String toString() {
		return hex;
	}
}
