package io.agritrace.anchor;

import java.math.BigInteger;

import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;

/**
 * One event's verdict.
 *
 * @param hashId      the event's Event Hash ID as stored (as anchored, for an event not in the database)
 * @param state       the verdict
 * @param block       block of its anchor, or null
 * @param transaction transaction of its anchor, or null
 */
public record Verification(EventHashId hashId, State state, BigInteger block, TransactionHash transaction) {

	/** Verdicts, worst last. */
	public enum State {
		/** The stored data gives the hash ID that is anchored on chain. */
		VERIFIED,
		/** Not anchored yet: waiting in the outbox or in flight. */
		PENDING,
		/** Not on chain and not waiting either (lost or never published). */
		NOT_ON_CHAIN,
		/**
		 * Anchored on chain for a lot of the trace, but this database has no such
		 * event: deleted here, or a partner's event that was never imported.
		 */
		NOT_IN_DATABASE,
		/** The stored data no longer gives the hash ID recorded for it: altered. */
		MISMATCH
	}
}
