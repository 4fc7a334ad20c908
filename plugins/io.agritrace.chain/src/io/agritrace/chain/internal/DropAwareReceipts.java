package io.agritrace.chain.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.response.TransactionReceiptProcessor;

/**
 * Waits for a transaction's receipt, and notices within a few blocks when the
 * node no longer knows the transaction (dropped from its pool, or replaced by
 * another with the same nonce), instead of polling until a long timeout as
 * web3j's own processor does.
 */
public final class DropAwareReceipts extends TransactionReceiptProcessor {

	/**
	 * A transaction the node does not know counts as dropped after this many
	 * blocks, or this long where blocks come only with transactions (a node that
	 * mines on demand).
	 */
	static final int DROPPED_AFTER_BLOCKS = 3;
	static final long DROPPED_AFTER_MS = 5_000;

	private final Web3j web3j;
	private final long pollMs;
	private final long timeoutMs;

	/**
	 * @param pollMs    how often to ask, near the block period
	 * @param timeoutMs the longest wait for a transaction the node still holds
	 */
	public DropAwareReceipts(Web3j web3j, long pollMs, long timeoutMs) {
		super(web3j);
		this.web3j = web3j;
		this.pollMs = pollMs;
		this.timeoutMs = timeoutMs;
	}

	/** The node no longer knows a transaction that it never mined. */
	public static final class DroppedException extends TransactionException {

		private static final long serialVersionUID = 1L;

		DroppedException(String transaction) {
			super("transaction " + transaction + " was dropped by the node: it is neither mined nor pending", //$NON-NLS-1$ //$NON-NLS-2$
					transaction);
		}
	}

	@Override
	public TransactionReceipt waitForTransactionReceipt(String transaction) throws IOException, TransactionException {
		long deadline = System.currentTimeMillis() + timeoutMs;
		BigInteger unknownSinceBlock = null;
		long unknownSinceMs = 0;
		while (true) {
			Optional<TransactionReceipt> receipt = receipt(transaction);
			if (receipt.isPresent()) {
				return receipt.get();
			}
			if (web3j.ethGetTransactionByHash(transaction).send().getTransaction().isPresent()) {
				unknownSinceBlock = null;
			} else {
				BigInteger block = web3j.ethBlockNumber().send().getBlockNumber();
				if (unknownSinceBlock == null) {
					unknownSinceBlock = block;
					unknownSinceMs = System.currentTimeMillis();
				} else if ((block.subtract(unknownSinceBlock).compareTo(BigInteger.valueOf(DROPPED_AFTER_BLOCKS)) >= 0
						|| System.currentTimeMillis() - unknownSinceMs >= DROPPED_AFTER_MS)
						&& receipt(transaction).isEmpty()) {
					throw new DroppedException(transaction);
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new TransactionException("no receipt for transaction " + transaction + " within " //$NON-NLS-1$ //$NON-NLS-2$
						+ timeoutMs / 1000 + " s; the node still holds it", transaction); //$NON-NLS-1$
			}
			try {
				Thread.sleep(pollMs);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new TransactionException(e);
			}
		}
	}

	private Optional<TransactionReceipt> receipt(String transaction) throws IOException, TransactionException {
		EthGetTransactionReceipt answer = web3j.ethGetTransactionReceipt(transaction).send();
		if (answer.hasError()) {
			throw new TransactionException(answer.getError().getMessage());
		}
		return answer.getTransactionReceipt();
	}
}
