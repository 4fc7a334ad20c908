package io.agritrace.anchor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.SigningKey;
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
 *
 * <p>
 * On a network every organisation signs only its own steps, in its own
 * workspace: the steps of others are left to them, and a receipt whose
 * shipment the shipper has not proposed on chain yet waits for it (with every
 * later step of the same lot) until a later run.
 */
public final class CustodySync {

	/** The signing keys this workspace holds. */
	@FunctionalInterface
	public interface Signers {
		/** The organisation's key, or null when another workspace signs for it. */
		SigningKey keyOf(String organisation) throws ChainException;

		/**
		 * A workspace on a network: it signs only for the organisation its
		 * recorder account records for, read from the contract; null while the
		 * account records for none.
		 */
		static Signers ofRecorder(CustodyLedger ledger, SigningKey signingKey) throws ChainException {
			ChainKey organisation = ledger.organisationOf(signingKey.address());
			return organisation == null ? null
					: candidate -> ChainKey.of(candidate).equals(organisation) ? signingKey : null;
		}
	}

	/**
	 * What a run did.
	 *
	 * @param synced  steps signed here, done or refused
	 * @param refused steps the contract refused
	 * @param waiting receipts (and later steps of their lots) waiting for their shipper's proposal
	 * @param others  steps of other organisations, left to their workspaces
	 */
	public record Result(int synced, int refused, int waiting, int others, String lastRefusal) {
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
		int waiting = 0;
		int others = 0;
		String lastRefusal = null;
		Set<String> waitingLots = new HashSet<>();
		// Waiting steps stay unsynced, oldest first: each next page starts after them.
		for (List<Step> page = steps.unsynced(Math.min(PAGE, maxSteps), 0); !page.isEmpty() && synced < maxSteps
				&& !cancelled.getAsBoolean(); page = steps.unsynced(Math.min(PAGE, maxSteps - synced), waiting)) {
			for (Step step : page) {
				SigningKey signer = signers.keyOf(step.shipping() ? step.from() : step.to());
				if (signer == null) {
					steps.markSynced(step.eventId(), null);
					others++;
					continue;
				}
				// A step of a lot that waits waits too, without asking the chain.
				boolean behindWaiting = step.moves().stream().anyMatch(move -> waitingLots.contains(move.batch()));
				Map<String, OnChain> lots = behindWaiting ? Map.of() : read(step);
				if (behindWaiting || mustWait(step, lots)) {
					step.moves().forEach(move -> waitingLots.add(move.batch()));
					waiting++;
					continue;
				}
				String outcome = null;
				try {
					for (Move move : step.moves()) {
						apply(step, move, lots.get(move.batch()), signer);
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
		return new Result(synced, refused, waiting, others, lastRefusal);
	}

	/** A lot's custody on chain: its holder, and whom it is proposed to (null: nobody). */
	private record OnChain(ChainKey holder, ChainKey proposedTo) {
	}

	/** The custody of the step's lots, read once for deciding and acting. */
	private Map<String, OnChain> read(Step step) throws ChainException {
		Map<String, OnChain> lots = new HashMap<>();
		for (Move move : step.moves()) {
			lots.put(move.batch(), new OnChain(ledger.holder(move.batch()), ledger.proposedTo(move.batch())));
		}
		return lots;
	}

	/** A receipt of a whole lot that its shipper (another workspace) has not yet proposed on chain. */
	private boolean mustWait(Step step, Map<String, OnChain> lots) throws ChainException {
		if (step.shipping() || signers.keyOf(step.from()) != null) {
			return false;
		}
		ChainKey receiver = ChainKey.of(step.to());
		for (Move move : step.moves()) {
			OnChain lot = lots.get(move.batch());
			if (move.wholeLot() && !receiver.equals(lot.holder()) && !receiver.equals(lot.proposedTo())) {
				return true;
			}
		}
		return false;
	}

	private void apply(Step step, Move move, OnChain lot, SigningKey signer) throws ChainException {
		ChainKey receiver = ChainKey.of(step.to());
		if (receiver.equals(lot.holder())) {
			return; // handed over already
		}
		if (step.shipping()) {
			if (!move.wholeLot()) {
				return;
			}
			if (lot.holder() == null) {
				ledger.claim(move.batch(), signer);
			}
			if (!receiver.equals(lot.proposedTo())) {
				ledger.propose(move.batch(), step.to(), signer);
			}
		} else if (receiver.equals(lot.proposedTo())) {
			ledger.accept(move.batch(), signer);
		}
	}
}
