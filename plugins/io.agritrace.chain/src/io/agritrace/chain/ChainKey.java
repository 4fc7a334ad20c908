package io.agritrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The bytes32 key on chain of a batch (its GS1 Digital Link) or an
 * organisation (its party URI): the SHA-256 of the identifier's text, so that
 * anyone holding the identifier can find its key.
 */
public final class ChainKey {

	private final byte[] bytes;

	private ChainKey(byte[] bytes) {
		this.bytes = bytes;
	}

	/** The key of a batch or an organisation. */
	public static ChainKey of(String identifier) {
		try {
			return new ChainKey(MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
					.digest(String.valueOf(identifier).getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** A key the contract answered, or null for its empty key (nobody). */
	public static ChainKey answered(byte[] bytes) {
		return bytes == null || bytes.length != 32 || Arrays.equals(bytes, new byte[32]) ? null
				: new ChainKey(bytes.clone());
	}

	/** The 32 bytes, for the contract's calls. */
	public byte[] bytes() {
		return bytes.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ChainKey other && Arrays.equals(other.bytes, bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	/** 0x and 64 hexadecimal digits, as block explorers show bytes32. */
	@Override
	public String toString() {
		return "0x" + HexFormat.of().formatHex(bytes); //$NON-NLS-1$
	}
}
