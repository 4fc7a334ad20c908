package io.agritrace.chain;

import java.util.List;

import io.agritrace.chain.internal.Web3jCustodyLedger;
import io.agritrace.core.anchor.TransactionHash;

/**
 * Batch custody on the registry contract: who holds a batch, and handovers
 * proposed by the holder and accepted by the receiver. Organisations and
 * batches are named by their identifiers ({@link ChainKey}); each change is
 * signed by a recorder account of the organisation that makes it, and the
 * contract refuses one that the organisation may not make (a non-holder
 * shipping, a handover nobody proposed).
 * <p>
 * Changes are sent and awaited apart ({@code submit...}, {@link #await}), so
 * that one signer's changes go out in nonce order without each waiting for
 * its block; the blocking methods send one and wait for it.
 */
public interface CustodyLedger extends AutoCloseable {

	/** The key of the organisation that holds the batch, or null when nobody does. */
	ChainKey holder(String batch) throws ChainException;

	/** The key of the organisation a handover of the batch is proposed to, or null. */
	ChainKey proposedTo(ChainKey batch) throws ChainException;

	default ChainKey proposedTo(String batch) throws ChainException {
		return proposedTo(ChainKey.of(batch));
	}

	/** The key of the organisation the account records for, or null when it is no recorder. */
	ChainKey organisationOf(String account) throws ChainException;

	/** Sends a claim: the signer's organisation becomes the holder of a batch nobody holds. */
	TransactionHash submitClaim(String batch, SigningKey signingKey) throws ChainException;

	/** Sends a proposal: the holder (the signer's organisation) hands the batch over. */
	TransactionHash submitPropose(String batch, String toOrganisation, SigningKey signingKey) throws ChainException;

	/** Sends an acceptance by the organisation the handover was proposed to (the signer's). */
	TransactionHash submitAccept(ChainKey batch, SigningKey signingKey) throws ChainException;

	/**
	 * Waits for a change sent here.
	 *
	 * @throws ChainException {@linkplain ChainException#isRejection() a rejection}
	 *                        with the contract's reason when it reverted; another
	 *                        when the node dropped it or cannot be asked
	 */
	void await(TransactionHash transaction) throws ChainException;

	/**
	 * Waits until the node holds no transaction of the signer that is sent and
	 * not mined (one an ended process left in flight), so that what is read
	 * next is what the chain will keep.
	 */
	void awaitSent(SigningKey signingKey) throws ChainException;

	default void claim(String batch, SigningKey signingKey) throws ChainException {
		await(submitClaim(batch, signingKey));
	}

	default void propose(String batch, String toOrganisation, SigningKey signingKey) throws ChainException {
		await(submitPropose(batch, toOrganisation, signingKey));
	}

	default void accept(ChainKey batch, SigningKey signingKey) throws ChainException {
		await(submitAccept(batch, signingKey));
	}

	default void accept(String batch, SigningKey signingKey) throws ChainException {
		accept(ChainKey.of(batch), signingKey);
	}

	/** The organisation the handover was proposed to (the signer's) turns it down; the holder keeps the batch. */
	void reject(ChainKey batch, String reason, SigningKey signingKey) throws ChainException;

	/** The newest block's number. */
	long blockNumber() throws ChainException;

	/**
	 * The proposals to an organisation and the rejections of its own proposals
	 * logged in blocks {@code fromBlock} to {@code toBlock} (both included),
	 * oldest first; every organisation's when {@code organisation} is null.
	 */
	List<HandoverRecord> handovers(ChainKey organisation, long fromBlock, long toBlock) throws ChainException;

	@Override
	void close();

	static CustodyLedger connect(ChainEndpoint endpoint, long chainId, String contract) {
		return new Web3jCustodyLedger(endpoint, chainId, contract);
	}
}
