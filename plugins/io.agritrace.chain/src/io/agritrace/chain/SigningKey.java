package io.agritrace.chain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.web3j.crypto.Credentials;

/**
 * A private key that signs transactions, held in memory only. Its text never
 * leaves it: {@link #toString()} names the account, so that no log, status or
 * exception message can print the key.
 */
public final class SigningKey {

	private static final Pattern HEX_KEY = Pattern.compile("(0x)?[0-9a-fA-F]{64}"); //$NON-NLS-1$

	/**
	 * A key for connections that only read (anchors, holders): a contract
	 * wrapper needs one, nothing is ever signed with it.
	 */
	public static final SigningKey READ_ONLY = of("0x" + "1".repeat(64)); //$NON-NLS-1$ //$NON-NLS-2$

	private final String hex;
	private final Credentials credentials;

	private SigningKey(String hex) {
		this.hex = hex.toLowerCase(Locale.ROOT).startsWith("0x") ? hex : "0x" + hex; //$NON-NLS-1$ //$NON-NLS-2$
		this.credentials = Credentials.create(this.hex);
	}

	/**
	 * @param hex 32 bytes in hexadecimal, with or without 0x
	 * @throws IllegalArgumentException for anything else (the message does not repeat the text)
	 */
	public static SigningKey of(String hex) {
		if (hex == null || !HEX_KEY.matcher(hex.strip()).matches()) {
			throw new IllegalArgumentException("a private key is 64 hexadecimal digits, with or without 0x"); //$NON-NLS-1$
		}
		return new SigningKey(hex.strip());
	}

	/** The account address (0x…, lower case). */
	public String address() {
		return credentials.getAddress();
	}

	/** For web3j's transaction managers, inside the chain bundle. */
	public Credentials credentials() {
		return credentials;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SigningKey other && other.hex.equalsIgnoreCase(hex);
	}

	@Override
	public int hashCode() {
		return address().hashCode();
	}

	@Override
	public String toString() {
		return "SigningKey[" + address() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
