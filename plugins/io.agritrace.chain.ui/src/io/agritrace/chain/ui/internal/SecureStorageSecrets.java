package io.agritrace.chain.ui.internal;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.ChainSecrets;
import io.agritrace.chain.ChainException;

/**
 * The chain's secrets — the keystore password and the RPC bearer token — in
 * Eclipse secure storage, encrypted, never in the plain preferences.
 */
public final class SecureStorageSecrets implements ChainSecrets {

	private static final String NODE = "io.agritrace.chain"; //$NON-NLS-1$
	private static final String KEYSTORE_PASSWORD = "keystore.password"; //$NON-NLS-1$
	private static final String BEARER_TOKEN = "rpc.bearer.token"; //$NON-NLS-1$

	private final ISecurePreferences node;

	/** @param root the secure storage, as {@code SecurePreferencesFactory.getDefault()} */
	public SecureStorageSecrets(ISecurePreferences root) {
		this.node = root.node(NODE);
	}

	/** The user's secure storage. */
	public static SecureStorageSecrets ofUser() {
		return new SecureStorageSecrets(SecurePreferencesFactory.getDefault());
	}

	@Override
	public String keystorePassword() throws ChainException {
		return read(KEYSTORE_PASSWORD);
	}

	@Override
	public String bearerToken() throws ChainException {
		return read(BEARER_TOKEN);
	}

	private String read(String key) throws ChainException {
		try {
			return node.get(key, null);
		} catch (StorageException e) {
			throw new ChainException(NLS.bind(Messages.Secrets_unreadable, e.getMessage()), e);
		}
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
