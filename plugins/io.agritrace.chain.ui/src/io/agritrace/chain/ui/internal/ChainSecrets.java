package io.agritrace.chain.ui.internal;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The chain's secrets — the keystore password and the RPC bearer token — in
 * Eclipse secure storage, encrypted, never in the plain preferences.
 */
public final class ChainSecrets {

	private static final String NODE = "io.agritrace.chain"; //$NON-NLS-1$
	private static final String KEYSTORE_PASSWORD = "keystore.password"; //$NON-NLS-1$
	private static final String BEARER_TOKEN = "rpc.bearer.token"; //$NON-NLS-1$

	private final ISecurePreferences node;

	/** @param root the secure storage, as {@code SecurePreferencesFactory.getDefault()} */
	public ChainSecrets(ISecurePreferences root) {
		this.node = root.node(NODE);
	}

	/** The signing keystore's password, or null when none was saved. */
	public String keystorePassword() throws StorageException {
		return node.get(KEYSTORE_PASSWORD, null);
	}

	/** The bearer token for the RPC endpoint, or null when none was saved. */
	public String bearerToken() throws StorageException {
		return node.get(BEARER_TOKEN, null);
	}

	/** Saves both, encrypted; an empty value removes that secret. */
	public void save(String keystorePassword, String bearerToken) throws StorageException, IOException {
		put(KEYSTORE_PASSWORD, keystorePassword);
		put(BEARER_TOKEN, bearerToken);
		node.flush();
	}

	private void put(String key, String value) throws StorageException {
		if (value == null || value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value, true);
		}
	}
}
