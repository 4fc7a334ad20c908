package io.agritrace.anchor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;

/**
 * When every stored event is verified against the chain again, so that the
 * share of verified records that the dashboard and the credit profiles count
 * stays true without anyone asking: the whole store is due once the oldest
 * verdict of an anchored event is older than the interval (the
 * {@code verify.interval.minutes} preference, hourly by default), and at once
 * while an anchored event has never been verified (found on chain by a round
 * stopped before it verified, or anchored by another program). The
 * workbench's background Job runs it on its anchoring session; a server would
 * run it from a timer of its own.
 */
public final class VerificationSchedule {

	private final TraceStore store;
	private final Duration interval;

	public VerificationSchedule(TraceStore store, Duration interval) {
		this.store = store;
		this.interval = interval;
	}

	public Duration interval() {
		return interval;
	}

	/** How long until the whole store is due, zero when it is; empty while no event is anchored. */
	public Optional<Duration> untilDue(Instant now) {
		return store.verdicts().oldestVerification().map(oldest -> {
			Duration left = Duration.between(now, oldest.plus(interval));
			return left.isNegative() ? Duration.ZERO : left;
		});
	}

	/**
	 * Verifies every stored event if the store is due; the verdicts are kept as
	 * {@link AnchoringSession#verifyAll} keeps them.
	 *
	 * @param progress told how many events were verified so far; false stops
	 * @return how many events got each verdict; empty when the store was not due
	 */
	public Optional<Map<Verification.State, Integer>> runIfDue(AnchoringSession session, Instant now, IntPredicate progress)
			throws ChainException {
		if (!untilDue(now).map(Duration::isZero).orElse(false)) {
			return Optional.empty();
		}
		return Optional.of(session.verifyAll(progress));
	}
}
