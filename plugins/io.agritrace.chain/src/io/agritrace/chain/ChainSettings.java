package io.agritrace.chain;

import java.math.BigInteger;

/**
 * Which chain the application anchors on, as the {@value #NODE} preferences
 * hold it (the anchor bundle's {@code ChainPreferences} reads them; this
 * bundle's preference initializer sets their defaults, {@link #DEFAULTS}). Secrets
 * (keystore password, bearer token) are not here: the application keeps them
 * in Eclipse secure storage, the CLI reads them from the environment.
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
	/**
	 * Minutes between two verifications of every stored event against the
	 * chain (the anchor bundle's {@code VerificationSchedule}); not a
	 * connection setting: changing it reconnects nothing.
	 */
	public static final String KEY_VERIFY_INTERVAL_MINUTES = "verify.interval.minutes"; //$NON-NLS-1$
	/** Every stored event verified again hourly. */
	public static final int DEFAULT_VERIFY_INTERVAL_MINUTES = 60;

	/** The embedded default: the managed local chain, free gas. */
	public static final ChainSettings DEFAULTS = new ChainSettings(true, "http://127.0.0.1:" + LocalChain.DEFAULT_PORT, //$NON-NLS-1$
			ChainClient.ANY_CHAIN, "", "", ChainEndpoint.DEFAULT_RECEIPT_POLL_MS, BigInteger.ZERO); //$NON-NLS-1$ //$NON-NLS-2$

	/** The node as these settings describe it, with the bearer token from secure storage (or null). */
	public ChainEndpoint endpoint(String bearerToken) {
		return new ChainEndpoint(rpcUrl, bearerToken, receiptPollMs, gasPrice);
	}
}
