package io.agritrace.anchor;

import io.agritrace.chain.ChainException;

/**
 * Where the chain's secrets come from: environment variables for the CLI,
 * Eclipse secure storage for the workbench. Never the preferences.
 */
public interface ChainSecrets {

	/** The signing keystore's password, or null when none is kept. */
	String keystorePassword() throws ChainException;

	/** The bearer token for the RPC endpoint, or null when none is kept. */
	String bearerToken() throws ChainException;
}
