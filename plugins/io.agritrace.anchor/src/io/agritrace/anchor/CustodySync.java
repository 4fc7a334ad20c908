package io.agritrace.anchor;

import java.util.ArrayList;
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
import io.agritrace.core.anchor.TransactionHash;
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
 * The steps of a page go out without waiting for their blocks: each signer's
 * transactions in nonce order, a step that follows another of its lot in the
 * same page decided on what that one will have done; then every receipt is
 * awaited and each step recorded. A step that followed a refused one of its
 * lot, or was refused while following one (two signers' transactions may land
 * in one block in either order), is not recorded but tried again once the
 * chain has settled, so that only the chain's own answer to a step is kept.
 * Before a signer's first step, what an ended process left in flight for it
 * is awaited, so that a step sent twice is read as done rather than refused.
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

	/** Steps sent before their receipts are awaited: a few blocks' worth on the managed chain. */
	static final int PAGE = 200;

	private final CustodySteps steps;
	private final CustodyLedger ledger;
	private final Signers signers;
	private final int page;

	public CustodySync(CustodySteps steps, CustodyLedger ledger, Signers signers) {
		this(steps, ledger, signers, PAGE);
	}

	/**
	 * @param page steps sent before their receipts are awaited; 1 sends a step
	 *             and awaits it before the next, as syncs did before pages (the
	 *             benchmark's baseline)
	 */
	public CustodySync(CustodySteps steps, CustodyLedger ledger, Signers signers, int page) {
		this.steps = steps;
		this.ledger = ledger;
		this.signers = signers;
		this.page = page;
	}

	/** A lot's custody on chain: its holder, and whom it is proposed to (null: nobody). */
	private record OnChain(ChainKey holder, ChainKey proposedTo) {
	}

	/**
	 * A step sent and not yet recorded.
	 *
	 * @param sent      its transactions, in the order sent
	 * @param following true when it was decided on what an earlier step of its lot in this page will have done
	 */
	private record Sent(Step step, List<TransactionHash> sent, boolean following) {
	}

	/** One run's counts and the state of the page being sent. */
	private final class Run {
		int synced;
		int refused;
		int waiting;
		int others;
		/** Steps left in the queue this pass: waiting, or to try again. */
		int left;
		boolean again;
		String lastRefusal;
		final Set<String> waitingLots = new HashSet<>();
		final Set<SigningKey> settledSigners = new HashSet<>();
		/** What each lot touched in this page will hold once its transactions are mined. */
		final Map<String, OnChain> expected = new HashMap<>();
		final List<Sent> page = new ArrayList<>();
	}

	/**
	 * Syncs at most {@code maxSteps} steps, oldest first.
	 *
	 * @throws ChainException when the node cannot be reached or drops a
	 *                        transaction: the steps not recorded stay to do
	 */
	public Result sync(BooleanSupplier cancelled, int maxSteps) throws ChainException {
		Run run = new Run();
		boolean progress = true;
		while (progress && run.synced < maxSteps && !cancelled.getAsBoolean()) {
			// A pass: every step to do, oldest first; waiting steps and those to try again stay in the queue.
			int before = run.synced;
			run.again = false;
			run.left = 0;
			run.waiting = 0;
			run.waitingLots.clear();
			for (List<Step> next = steps.unsynced(Math.min(page, maxSteps - run.synced), 0); !next.isEmpty()
					&& run.synced < maxSteps && !cancelled.getAsBoolean(); next = steps
							.unsynced(Math.min(page, maxSteps - run.synced), run.left)) {
				try {
					for (Step step : next) {
						send(run, step);
					}
				} finally {
					// What went out before a failure is awaited and recorded all the same.
					settle(run);
				}
			}
			progress = run.again && run.synced > before;
		}
		return new Result(run.synced, run.refused, run.waiting, run.others, run.lastRefusal);
	}

	/** Decides a step on what its lots hold (or will hold once this page is mined) and sends what it needs. */
	private void send(Run run, Step step) throws ChainException {
		SigningKey signer = signers.keyOf(step.shipping() ? step.from() : step.to());
		if (signer == null) {
			steps.markSynced(step.eventId(), null);
			run.others++;
			return;
		}
		// A step of a lot that waits (or is tried again) waits too, without asking the chain.
		if (step.moves().stream().anyMatch(move -> run.waitingLots.contains(move.batch()))) {
			leave(run, step, true);
			return;
		}
		if (run.settledSigners.add(signer)) {
			ledger.awaitSent(signer);
		}
		boolean following = step.moves().stream().anyMatch(move -> run.expected.containsKey(move.batch()));
		Map<String, OnChain> lots = read(run, step);
		if (mustWait(step, lots)) {
			leave(run, step, true);
			return;
		}
		// A step whose sends fail half-way is not recorded: it stays to do, and its lots read as they then are.
		List<TransactionHash> sent = new ArrayList<>();
		for (Move move : step.moves()) {
			run.expected.put(move.batch(), apply(step, move, lots.get(move.batch()), signer, sent));
		}
		run.page.add(new Sent(step, sent, following));
	}

	/** Leaves a step in the queue for this pass, and every later step of its lots with it. */
	private static void leave(Run run, Step step, boolean waiting) {
		step.moves().forEach(move -> run.waitingLots.add(move.batch()));
		run.left++;
		if (waiting) {
			run.waiting++;
		} else {
			run.again = true;
		}
	}

	/**
	 * Awaits every transaction of the page in the order sent and records each
	 * step: done, refused with the contract's reason, or (after a refusal of its
	 * lot in this page) left to try again on chain as it then is.
	 */
	private void settle(Run run) throws ChainException {
		Set<String> refusedLots = new HashSet<>();
		try {
			for (Sent sent : run.page) {
				String refusal = null;
				for (TransactionHash transaction : sent.sent()) {
					try {
						ledger.await(transaction);
					} catch (ChainException e) {
						if (!e.isRejection()) {
							throw e;
						}
						refusal = refusal == null ? e.getMessage() : refusal;
					}
				}
				List<String> lots = sent.step().moves().stream().map(Move::batch).toList();
				boolean afterRefused = lots.stream().anyMatch(refusedLots::contains);
				if (refusal != null || afterRefused) {
					refusedLots.addAll(lots);
				}
				if (afterRefused || refusal != null && sent.following()) {
					leave(run, sent.step(), false);
				} else {
					steps.markSynced(sent.step().eventId(), refusal);
					run.synced++;
					if (refusal != null) {
						run.refused++;
						run.lastRefusal = refusal;
					}
				}
			}
		} finally {
			run.page.clear();
			run.expected.clear();
		}
	}

	/** The custody of the step's lots: as this page leaves them, else read from the chain. */
	private Map<String, OnChain> read(Run run, Step step) throws ChainException {
		Map<String, OnChain> lots = new HashMap<>();
		for (Move move : step.moves()) {
			OnChain lot = run.expected.get(move.batch());
			lots.put(move.batch(),
					lot != null ? lot : new OnChain(ledger.holder(move.batch()), ledger.proposedTo(move.batch())));
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

	/** Sends what the move needs; returns what the lot will hold once it is mined. */
	private OnChain apply(Step step, Move move, OnChain lot, SigningKey signer, List<TransactionHash> sent)
			throws ChainException {
		ChainKey receiver = ChainKey.of(step.to());
		if (receiver.equals(lot.holder())) {
			return lot; // handed over already
		}
		if (step.shipping()) {
			if (!move.wholeLot()) {
				return lot;
			}
			ChainKey holder = lot.holder();
			if (holder == null) {
				sent.add(ledger.submitClaim(move.batch(), signer));
				holder = ChainKey.of(step.from());
			}
			if (!receiver.equals(lot.proposedTo())) {
				sent.add(ledger.submitPropose(move.batch(), step.to(), signer));
			}
			return new OnChain(holder, receiver);
		}
		if (receiver.equals(lot.proposedTo())) {
			sent.add(ledger.submitAccept(ChainKey.of(move.batch()), signer));
			return new OnChain(receiver, null);
		}
		return lot;
	}
}
