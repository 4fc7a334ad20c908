package io.agritrace.chain;

import java.math.BigInteger;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Which chain the application anchors on. Read from the {@value #NODE}
 * preferences (instance scope over defaults) so the UI, the CLI and tests see
 * one configuration. Secrets (keystore password, bearer token) are not here: the
 * application keeps them in Eclipse secure storage, the CLI reads them from
 * the environment.
 *
 * @param managed         true: the managed local chain (the other fields do
 *                        not apply); false: the Besu network they describe
 * @param rpcUrl          the node's JSON-RPC endpoint
 * @param expectedChainId the network's chain id, checked on connect, or
 *                        {@link ChainClient#ANY_CHAIN}
 * @param contract        the registry contract's address, or empty
 * @param keystore        the signing account's encrypted keystore file (web3j
 *                        wallet JSON), or empty
 * @param receiptPollMs   how often to ask for receipts
 * @param gasPrice        wei per gas; 0 on free-gas networks
 */
public record ChainSettings(boolean managed, String rpcUrl, long expectedChainId, String contract, String keystore,
		long receiptPollMs, BigInteger gasPrice) {

	public static final String NODE = "io.agritrace.chain"; //$NON-NLS-1$
	public static final String KEY_MANAGED = "managed"; //$NON-NLS-1$
	public static final String KEY_RPC_URL = "rpc.url"; //$NON-NLS-1$
	public static final String KEY_CHAIN_ID = "chain.id"; //$NON-NLS-1$
	public static final String KEY_CONTRACT = "contract"; //$NON-NLS-1$
	public static final String KEY_KEYSTORE = "keystore"; //$NON-NLS-1$
	public static final String KEY_RECEIPT_POLL_MS = "receipt.poll.ms"; //$NON-NLS-1$
	public static final String KEY_GAS_PRICE = "gas.price"; //$NON-NLS-1$

	/** The embedded default: the managed local chain, free gas. */
	public static final ChainSettings DEFAULTS = new ChainSettings(true, "http://127.0.0.1:" + LocalChain.DEFAULT_PORT, //$NON-NLS-1$
			ChainClient.ANY_CHAIN, "", "", ChainEndpoint.DEFAULT_RECEIPT_POLL_MS, BigInteger.ZERO); //$NON-NLS-1$ //$NON-NLS-2$

	public static ChainSettings fromPreferences(IPreferencesService preferences) {
		IScopeContext[] scopes = { InstanceScope.INSTANCE, DefaultScope.INSTANCE };
		return new ChainSettings(preferences.getBoolean(NODE, KEY_MANAGED, DEFAULTS.managed, scopes),
				preferences.getString(NODE, KEY_RPC_URL, DEFAULTS.rpcUrl, scopes),
				preferences.getLong(NODE, KEY_CHAIN_ID, DEFAULTS.expectedChainId, scopes),
				preferences.getString(NODE, KEY_CONTRACT, DEFAULTS.contract, scopes).strip(),
				preferences.getString(NODE, KEY_KEYSTORE, DEFAULTS.keystore, scopes).strip(),
				preferences.getLong(NODE, KEY_RECEIPT_POLL_MS, DEFAULTS.receiptPollMs, scopes),
				new BigInteger(preferences.getString(NODE, KEY_GAS_PRICE, DEFAULTS.gasPrice.toString(), scopes).strip()));
	}

	/** The node as these settings describe it, with the bearer token from secure storage (or null). */
	public ChainEndpoint endpoint(String bearerToken) {
		return new ChainEndpoint(rpcUrl, bearerToken, receiptPollMs, gasPrice);
	}
}
