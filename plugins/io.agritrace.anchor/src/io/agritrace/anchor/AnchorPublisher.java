package io.agritrace.anchor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.OutboxRepository;

/**
 * Sends the outbox to the chain: in batches, from one thread so that nonces
 * stay in order, with at most {@code inFlight} transactions sent and not yet
 * awaited, each recorded in the outbox before it is awaited. A publisher stopped between send and receipt looks
 * its transactions up when it starts again; the contract skips anchors it
 * holds already, so sending a batch twice is harmless.
 */
public final class AnchorPublisher {

	/**
	 * What a run did.
	 *
	 * @param anchored     events seen in a block
	 * @param failed       events whose transaction the node refused or reverted (reason on each
	 *                     row; offered again after a backoff)
	 * @param transactions transactions sent
	 * @param lastError    why the last failed transaction failed, or null
	 * @param anchoredIds  the store's ids of the events anchored, in the order they were
	 */
	public record Result(int anchored, int failed, int transactions, String lastError, List<Long> anchoredIds) {

		public Result {
			anchoredIds = List.copyOf(anchoredIds);
		}
	}

	/** Events per transaction that the CLI and the application publish. */
	private static final int BATCH_SIZE = 200;
	/** Transactions in flight that the CLI and the application allow. */
	private static final int IN_FLIGHT = 4;

	private final OutboxRepository outbox;
	private final AnchorLedger ledger;
	private final int batchSize;
	private final int inFlight;
	private String lastError;
	private List<Long> anchoredIds;

	/** A publisher with the CLI's and the application's batch size and transactions in flight. */
	public AnchorPublisher(OutboxRepository outbox, AnchorLedger ledger) {
		this(outbox, ledger, BATCH_SIZE, IN_FLIGHT);
	}

	/**
	 * @param batchSize events per transaction
	 * @param inFlight  transactions sent before the first of them is awaited
	 */
	public AnchorPublisher(OutboxRepository outbox, AnchorLedger ledger, int batchSize, int inFlight) {
		this.outbox = outbox;
		this.ledger = ledger;
		this.batchSize = batchSize;
		this.inFlight = inFlight;
	}

	/**
	 * Publishes until the outbox is empty or {@code cancelled} says stop.
	 *
	 * @throws ChainException when the node cannot be reached or refuses a
	 *                        transaction: what was sent stays recorded, what was
	 *                        not stays pending
	 */
	public Result publish(BooleanSupplier cancelled) throws ChainException {
		int anchored = 0;
		int failed = 0;
		int transactions = 0;
		lastError = null;
		anchoredIds = new ArrayList<>();
		for (Map.Entry<TransactionHash, List<PendingAnchor>> inFlight : outbox.submitted().entrySet()) {
			boolean ok = settle(inFlight.getKey(), inFlight.getValue());
			anchored += ok ? inFlight.getValue().size() : 0;
			failed += ok ? 0 : inFlight.getValue().size();
		}
		boolean more = true;
		while (more && !cancelled.getAsBoolean()) {
			Map<TransactionHash, List<PendingAnchor>> sent = new LinkedHashMap<>();
			List<PendingAnchor> batch = outbox.pending(batchSize);
			for (; !batch.isEmpty() && sent.size() < inFlight; batch = outbox.pending(batchSize)) {
				try {
					TransactionHash transaction = ledger.submit(batch);
					outbox.markSubmitted(batch, transaction);
					sent.put(transaction, batch);
				} catch (ChainException e) {
					if (!e.isRejection()) {
						throw e; // the node is unreachable: everything stays pending
					}
					// Refused: the reason goes on its events, which back off; the others go on.
					lastError = e.getMessage();
					outbox.markFailed(batch, lastError);
					failed += batch.size();
				}
			}
			more = !batch.isEmpty();
			transactions += sent.size();
			for (Map.Entry<TransactionHash, List<PendingAnchor>> t : sent.entrySet()) {
				boolean ok = settle(t.getKey(), t.getValue());
				anchored += ok ? t.getValue().size() : 0;
				failed += ok ? 0 : t.getValue().size();
			}
		}
		return new Result(anchored, failed, transactions, lastError, anchoredIds);
	}

	/**
	 * Looks every pending event up on chain and marks those found anchored, in
	 * their block and transaction: how a fresh installation (events imported
	 * from a partner's export, or a database restored from a backup) rebuilds
	 * its anchor states from the chain alone, without sending anything.
	 *
	 * @return the store's ids of the events found anchored
	 */
	public List<Long> reconcile(BooleanSupplier cancelled) throws ChainException {
		List<Long> found = new ArrayList<>();
		long after = 0;
		for (List<PendingAnchor> page = outbox.pendingAfter(after, batchSize); !page.isEmpty()
				&& !cancelled.getAsBoolean(); page = outbox.pendingAfter(after, batchSize)) {
			Map<EventHashId, AnchorRecord> onChain = ledger.anchors(page.stream().map(PendingAnchor::hashId).toList());
			Map<PendingAnchor, AnchorRecord> matched = new HashMap<>();
			for (PendingAnchor anchor : page) {
				AnchorRecord record = onChain.get(anchor.hashId());
				if (record != null) {
					matched.put(anchor, record);
				}
			}
			outbox.markFoundOnChain(matched);
			matched.keySet().forEach(anchor -> found.add(anchor.eventId()));
			after = page.get(page.size() - 1).eventId();
		}
		return found;
	}

	/** Waits for a transaction and records its outcome; false when it failed. */
	private boolean settle(TransactionHash transaction, List<PendingAnchor> batch) {
		try {
			BigInteger block = ledger.awaitBlock(transaction);
			outbox.markAnchored(batch, block.longValueExact());
			batch.forEach(anchor -> anchoredIds.add(anchor.eventId()));
			return true;
		} catch (ChainException e) {
			lastError = e.getMessage();
			outbox.markFailed(batch, lastError);
			return false;
		}
	}
}
