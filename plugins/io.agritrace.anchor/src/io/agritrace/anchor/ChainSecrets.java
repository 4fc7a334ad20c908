package io.agritrace.anchor;

import io.agritrace.chain.ChainException;

/**
 * Where the chain's secrets come from: environment variables for the CLI,
 * Eclipse secure storage for the workbench. Never the preferences or the
 * command line.
 */
public interface ChainSecrets {

	/** The signing keystore's password, or null when none is kept. */
	String keystorePassword() throws ChainException;

	/** The bearer token for the RPC endpoint, or null when none is kept. */
	String bearerToken() throws ChainException;

	/**
	 * The recorder's raw private key (hex), used when no keystore is configured,
	 * or null; on the managed local chain anvil's public development key serves
	 * when none is given. Only the CLI gives one.
	 */
	default String recorderKey() {
		return null;
	}

	/** The regulator's raw private key (hex), or null; as {@link #recorderKey()}. */
	default String regulatorKey() {
		return null;
	}
}
