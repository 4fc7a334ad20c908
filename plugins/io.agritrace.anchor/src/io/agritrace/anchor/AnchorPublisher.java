package io.agritrace.anchor;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.store.OutboxRepository;

/**
 * Sends the outbox to the chain: in batches, in order, one transaction at a
 * time from one thread (nonces stay in order), recording the transaction
 * before waiting for it. A publisher stopped between send and receipt looks
 * its transactions up when it starts again; the contract skips anchors it
 * holds already, so sending a batch twice is harmless.
 */
public final class AnchorPublisher {

	/**
	 * What a run did.
	 *
	 * @param anchored     events seen in a block
	 * @param failed       events whose transaction failed (reason on each row; retried next run)
	 * @param transactions transactions sent
	 * @param lastError    why the last failed transaction failed, or null
	 */
	public record Result(int anchored, int failed, int transactions, String lastError) {
	}

	private final OutboxRepository outbox;
	private final AnchorLedger ledger;
	private final int batchSize;
	private String lastError;

	public AnchorPublisher(OutboxRepository outbox, AnchorLedger ledger, int batchSize) {
		this.outbox = outbox;
		this.ledger = ledger;
		this.batchSize = batchSize;
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
		for (Map.Entry<String, List<PendingAnchor>> inFlight : outbox.submitted().entrySet()) {
			boolean ok = settle(inFlight.getKey(), inFlight.getValue());
			anchored += ok ? inFlight.getValue().size() : 0;
			failed += ok ? 0 : inFlight.getValue().size();
		}
		for (List<PendingAnchor> batch = outbox.pending(batchSize); !batch.isEmpty()
				&& !cancelled.getAsBoolean(); batch = outbox.pending(batchSize)) {
			String transaction = ledger.submit(batch);
			outbox.markSubmitted(batch, transaction);
			transactions++;
			if (!settle(transaction, batch)) {
				failed += batch.size();
				break; // a refused batch would be refused again at once: retried on the next run
			}
			anchored += batch.size();
		}
		return new Result(anchored, failed, transactions, lastError);
	}

	/** Waits for a transaction and records its outcome; false when it failed. */
	private boolean settle(String transaction, List<PendingAnchor> batch) {
		try {
			BigInteger block = ledger.awaitBlock(transaction);
			outbox.markAnchored(batch, block.longValueExact());
			return true;
		} catch (ChainException e) {
			lastError = e.getMessage();
			outbox.markFailed(batch, lastError);
			return false;
		}
	}
}
