package io.agritrace.chain;

import java.math.BigInteger;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.besu.Besu;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.TransactionReceiptProcessor;

import io.agritrace.chain.internal.DropAwareReceipts;

/**
 * How to talk to a node and pay for transactions.
 *
 * @param rpcUrl        JSON-RPC endpoint of a Besu (or other Ethereum) node
 * @param bearerToken   sent as {@code Authorization: Bearer} (Besu's JWT
 *                      authentication, or a proxy's), or null; a secret, so
 *                      never printed: {@link #toString()} leaves it out
 * @param receiptPollMs how often to ask for a transaction's receipt
 * @param gasPrice      wei per gas; 0 on free-gas networks (Besu
 *                      {@code --min-gas-price=0}, the managed local chain)
 */
public record ChainEndpoint(String rpcUrl, String bearerToken, long receiptPollMs, BigInteger gasPrice) {

	/** Receipts are polled this often unless configured: a local chain mines in a second. */
	public static final long DEFAULT_RECEIPT_POLL_MS = 100;
	/** The most gas the regulator's transactions take (deployment: about 1.5 M). */
	private static final BigInteger ADMIN_GAS_LIMIT = BigInteger.valueOf(4_000_000);
	/** How long to wait for a receipt before the transaction counts as lost. */
	private static final long RECEIPT_WAIT_MS = 60_000;

	public ChainEndpoint {
		if (receiptPollMs <= 0) {
			throw new IllegalArgumentException("receiptPollMs must be positive: " + receiptPollMs); //$NON-NLS-1$
		}
		if (gasPrice.signum() < 0) {
			throw new IllegalArgumentException("gasPrice must not be negative: " + gasPrice); //$NON-NLS-1$
		}
	}

	/** A free-gas node without authentication, as the managed local chain and the tests run. */
	public static ChainEndpoint of(String rpcUrl) {
		return new ChainEndpoint(rpcUrl, null, DEFAULT_RECEIPT_POLL_MS, BigInteger.ZERO);
	}

	/** A Besu client (web3j's, which adds the qbft_* calls); the caller shuts it down. */
	public Besu besu() {
		return Besu.build(httpService());
	}

	private HttpService httpService() {
		HttpService service = new HttpService(rpcUrl);
		if (bearerToken != null && !bearerToken.isBlank()) {
			service.addHeader("Authorization", "Bearer " + bearerToken); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return service;
	}

	/**
	 * Waits for receipts at the configured pace, for at most a minute, and
	 * gives up on a transaction the node dropped after a few blocks.
	 */
	public TransactionReceiptProcessor receipts(Web3j web3j) {
		return new DropAwareReceipts(web3j, receiptPollMs, RECEIPT_WAIT_MS);
	}

	/** Signs with the key's account on this chain and waits for receipts as {@link #receipts(Web3j)}. */
	public RawTransactionManager transactionManager(Web3j web3j, long chainId, SigningKey signingKey) {
		return new RawTransactionManager(web3j, signingKey.credentials(), chainId, receipts(web3j));
	}

	/** Gas for the regulator's transactions (deploy, grant, revoke) at the configured price. */
	public ContractGasProvider adminGas() {
		return new StaticGasProvider(gasPrice, ADMIN_GAS_LIMIT);
	}

	@Override
	public String toString() {
		String token = bearerToken == null ? "" : ", bearer token set"; //$NON-NLS-1$ //$NON-NLS-2$
		return "ChainEndpoint[" + rpcUrl + token + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
