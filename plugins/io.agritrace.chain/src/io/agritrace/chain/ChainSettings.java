package io.agritrace.chain;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Where the chain is. Read from the {@value #NODE} preferences (instance scope
 * over defaults) so the UI, the CLI and tests see one configuration.
 *
 * @param rpcUrl JSON-RPC endpoint of a Besu (or other Ethereum) node
 */
public record ChainSettings(String rpcUrl) {

	public static final String NODE = "io.agritrace.chain"; //$NON-NLS-1$
	public static final String KEY_RPC_URL = "rpc.url"; //$NON-NLS-1$
	/** Where the managed local chain listens. */
	public static final String DEFAULT_RPC_URL = "http://127.0.0.1:8545"; //$NON-NLS-1$

	public static ChainSettings fromPreferences(IPreferencesService preferences) {
		IScopeContext[] scopes = { InstanceScope.INSTANCE, DefaultScope.INSTANCE };
		return new ChainSettings(preferences.getString(NODE, KEY_RPC_URL, DEFAULT_RPC_URL, scopes));
	}
}
