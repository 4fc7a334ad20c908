package io.agritrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How identifiers become bytes32 keys on chain: the SHA-256 of their
 * canonical text, for batches (GS1 Digital Links) and organisations (party
 * URIs) alike, so anyone holding the identifier can find its key.
 */
public final class ChainKeys {

	/**
	 * A signing key for connections that only read (anchors, holders): a
	 * contract wrapper needs one, nothing is ever signed with it.
	 */
	public static final SigningKey READ_ONLY = SigningKey.of("0x" + "1".repeat(64)); //$NON-NLS-1$ //$NON-NLS-2$

	private ChainKeys() {
	}

	/** The key of a batch or an organisation. */
	public static byte[] of(String identifier) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(String.valueOf(identifier).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}
}
