package io.agritrace.anchor;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKeys;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.store.CustodySteps;
import io.agritrace.store.CustodySteps.Move;
import io.agritrace.store.CustodySteps.Step;

/**
 * Makes the chain's custody record follow the stored shipments and receipts,
 * in the order they happened: a shipment of a whole lot from X to Y has X
 * claim the lot if nobody holds it and propose the handover to Y; Y's receipt
 * accepts it. The contract keeps one holder per lot, so a shipment of part of
 * a lot leaves the lot with its holder on chain (the event itself is anchored
 * as any other). Each step is signed by the organisation that takes it, and
 * what the contract refuses (a shipment by a non-holder) is recorded on the
 * step with the contract's reason. Steps already on chain are skipped, so a
 * sync stopped half-way resumes without harm.
 */
public final class CustodySync {

	/** The signing key of an organisation that takes part. */
	@FunctionalInterface
	public interface Signers {
		String keyOf(String organisation) throws ChainException;
	}

	/**
	 * What a run did.
	 *
	 * @param synced  steps done or refused
	 * @param refused steps the contract refused
	 */
	public record Result(int synced, int refused, String lastRefusal) {
	}

	private static final int PAGE = 100;

	private final CustodySteps steps;
	private final CustodyLedger ledger;
	private final Signers signers;

	public CustodySync(CustodySteps steps, CustodyLedger ledger, Signers signers) {
		this.steps = steps;
		this.ledger = ledger;
		this.signers = signers;
	}

	/**
	 * Syncs at most {@code maxSteps} steps, oldest first: each change waits for
	 * its block, so the application takes a few at a time between publishing.
	 *
	 * @throws ChainException when the node cannot be reached: the step stays to do
	 */
	public Result sync(BooleanSupplier cancelled, int maxSteps) throws ChainException {
		int synced = 0;
		int refused = 0;
		String lastRefusal = null;
		for (List<Step> page = steps.unsynced(Math.min(PAGE, maxSteps)); !page.isEmpty() && synced < maxSteps
				&& !cancelled.getAsBoolean(); page = steps.unsynced(Math.min(PAGE, maxSteps - synced))) {
			for (Step step : page) {
				String outcome = null;
				try {
					for (Move move : step.moves()) {
						apply(step, move);
					}
				} catch (ChainException e) {
					if (!e.isRejection()) {
						throw e;
					}
					outcome = e.getMessage();
					lastRefusal = outcome;
					refused++;
				}
				steps.markSynced(step.eventId(), outcome);
				synced++;
			}
		}
		return new Result(synced, refused, lastRefusal);
	}

	private void apply(Step step, Move move) throws ChainException {
		String batch = move.batch();
		byte[] receiver = ChainKeys.of(step.to());
		if (Arrays.equals(ledger.holder(batch), receiver)) {
			return; // handed over already
		}
		if (step.shipping()) {
			if (!move.wholeLot()) {
				return;
			}
			if (ledger.holder(batch) == null) {
				ledger.claim(batch, signers.keyOf(step.from()));
			}
			if (!Arrays.equals(ledger.proposedTo(batch), receiver)) {
				ledger.propose(batch, step.to(), signers.keyOf(step.from()));
			}
		} else if (Arrays.equals(ledger.proposedTo(batch), receiver)) {
			ledger.accept(batch, signers.keyOf(step.to()));
		}
	}
}
