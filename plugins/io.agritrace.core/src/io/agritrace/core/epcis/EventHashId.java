package io.agritrace.core.epcis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A GS1 CBV 2.0 Event Hash ID, {@code ni:///sha-256;<64 hex>?ver=CBV2.0}
 * (RFC 6920 named information): the fingerprint AgriTrace anchors on chain.
 */
public final class EventHashId {

	private static final Pattern FORM = Pattern.compile("ni:///sha-256;([0-9a-f]{64})\\?ver=CBV2\\.0"); //$NON-NLS-1$
	private static final HexFormat HEX = HexFormat.of();

	private final byte[] digest;

	private EventHashId(byte[] digest) {
		this.digest = digest;
	}

	/** The ID of a canonical pre-hash string. */
	public static EventHashId ofPreHash(String preHash) {
		try {
			return new EventHashId(MessageDigest.getInstance("SHA-256").digest(preHash.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/**
	 * The ID whose SHA-256 digest is these 64 hex digits, as the chain's logs
	 * show it.
	 *
	 * @throws IllegalArgumentException when it is not 64 lower-case hex digits
	 */
	public static EventHashId ofHex(String hex) {
		if (hex == null || hex.length() != 64) {
			throw new IllegalArgumentException("Not a SHA-256 digest in hex: " + hex); //$NON-NLS-1$
		}
		return new EventHashId(HEX.parseHex(hex));
	}

	/**
	 * The ID whose SHA-256 digest is these 32 bytes, as the store keeps it.
	 *
	 * @throws IllegalArgumentException when there are not 32 of them
	 */
	public static EventHashId ofDigest(byte[] digest) {
		if (digest == null || digest.length != 32) {
			throw new IllegalArgumentException("Not a SHA-256 digest: " + (digest == null ? null : HEX.formatHex(digest))); //$NON-NLS-1$
		}
		return new EventHashId(digest.clone());
	}

	/** @throws IllegalArgumentException when the text is not an Event Hash ID with SHA-256 */
	public static EventHashId parse(String text) {
		var m = FORM.matcher(text == null ? "" : text.strip()); //$NON-NLS-1$
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a CBV 2.0 Event Hash ID with SHA-256: " + text); //$NON-NLS-1$
		}
		return new EventHashId(HEX.parseHex(m.group(1)));
	}

	/** The 32 bytes of the SHA-256 digest, e.g. for a bytes32 on chain. */
	public byte[] digest() {
		return digest.clone();
	}

	/** The digest in lower-case hex. */
	public String hex() {
		return HEX.formatHex(digest);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EventHashId other && Arrays.equals(other.digest, digest);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(digest);
	}

	@Override
	public String toString() {
		return "ni:///sha-256;" + hex() + "?ver=CBV2.0"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
