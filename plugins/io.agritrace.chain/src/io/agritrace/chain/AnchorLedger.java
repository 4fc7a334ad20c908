package io.agritrace.chain;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.agritrace.chain.internal.Web3jAnchorLedger;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;

/**
 * The AgriTraceRegistry contract on a Besu (or any EVM) network, as the
 * publisher and the verifier use it: many anchors per transaction, sent and
 * awaited separately so that the outbox can record the transaction in between.
 */
public interface AnchorLedger extends AutoCloseable {

	/**
	 * Sends one transaction anchoring these events; returns its hash at once.
	 *
	 * @throws ChainException {@linkplain ChainException#isRejection() a
	 *                        rejection} when the node refused it
	 */
	TransactionHash submit(List<PendingAnchor> anchors) throws ChainException;

	/** Waits for a transaction's receipt; its block, or an exception with the reason it failed. */
	BigInteger awaitBlock(TransactionHash transaction) throws ChainException;

	/** Every anchor the chain holds for these events, found with one log query. */
	Map<EventHashId, AnchorRecord> anchors(Collection<EventHashId> hashIds) throws ChainException;

	/** Every anchor recorded for these batches (lots), by anyone, found with one log query. */
	Map<EventHashId, AnchorRecord> anchorsOfBatches(Collection<String> batches) throws ChainException;

	@Override
	void close();

	/**
	 * @param signingKey the recorder's key, held only in memory
	 */
	static AnchorLedger connect(ChainEndpoint endpoint, long chainId, String contractAddress, SigningKey signingKey) {
		return new Web3jAnchorLedger(endpoint, chainId, contractAddress, signingKey);
	}
}
