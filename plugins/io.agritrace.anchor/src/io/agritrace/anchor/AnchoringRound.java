package io.agritrace.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.agritrace.chain.ChainException;

/**
 * One anchoring round on a session, as the workbench's Job (every few
 * seconds), {@code agritrace-cli publish} and any later server run it: the
 * first round of a session reconciles (events the chain already holds are
 * marked anchored, not sent again), then the outbox is published, the events
 * anchored in this round, sent now or found on chain, are verified (their
 * verdicts kept as {@link TraceVerifier} keeps them), and the chain's custody
 * record follows the shipments and receipts. Run it inside the session's {@linkplain AnchoringSession#lock
 * publisher lock}.
 */
public final class AnchoringRound {

	/**
	 * What a round did.
	 *
	 * @param reconciled events found on chain already (the session's first round only)
	 * @param published  what publishing the outbox did
	 * @param custody    what the custody sync did; empty while the recorder's account records for no organisation
	 * @param verified   events anchored in this round (or found on chain) whose stored data gives their anchored hash ID
	 * @param mismatches events anchored in this round (or found on chain) whose stored data no longer gives it
	 */
	public record Result(int reconciled, AnchorPublisher.Result published, Optional<CustodySync.Result> custody,
			int verified, int mismatches) {

		/** Events and steps whose state this round changed. */
		public int changed() {
			return reconciled + published.anchored() + published.failed() + custody.map(CustodySync.Result::synced).orElse(0);
		}
	}

	private final AnchoringSession session;
	private final int custodySteps;
	private boolean reconciled;

	/**
	 * @param custodySteps the most custody steps a round takes, so that a
	 *                     recurring round stays short; {@link Integer#MAX_VALUE}: all
	 */
	public AnchoringRound(AnchoringSession session, int custodySteps) {
		this.session = session;
		this.custodySteps = custodySteps;
	}

	/**
	 * Runs one round; cancelling stops it between (and within) its parts.
	 *
	 * @throws ChainException when the node cannot be reached: what was sent stays
	 *                        recorded, what was not stays pending
	 */
	public Result run(BooleanSupplier cancelled) throws ChainException {
		List<Long> found = List.of();
		if (!reconciled) {
			found = session.reconcile(cancelled);
			reconciled = true;
		}
		AnchorPublisher.Result published = session.publish(cancelled);
		// Each event is verified once its anchor is in a block, found on chain or sent now, before the custody
		// steps, whose failure must not leave what was anchored unverified.
		List<Long> anchored = new ArrayList<>(found);
		anchored.addAll(published.anchoredIds());
		Map<Verification.State, Integer> verdicts = session.verifyEvents(anchored);
		Optional<CustodySync.Result> custody = session.syncCustody(cancelled, custodySteps);
		return new Result(found.size(), published, custody, verdicts.getOrDefault(Verification.State.VERIFIED, 0),
				verdicts.getOrDefault(Verification.State.MISMATCH, 0));
	}
}
