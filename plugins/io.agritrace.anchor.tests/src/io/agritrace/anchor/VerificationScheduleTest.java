package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

/**
 * When the whole store is verified again: not while nothing is anchored, at
 * once while an anchored event was never verified (how the dashboard came to
 * say "16.0 % verified" on fresh demo data), then the interval after the
 * oldest verdict of an anchored event.
 */
class VerificationScheduleTest {

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	@TempDir
	Path workspace;

	@Test
	void dueAtOnceForAnAnchoredEventNeverVerifiedThenAnIntervalAfterTheOldestVerdict() throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			VerificationSchedule hourly = new VerificationSchedule(store, Duration.ofHours(1));
			assertEquals(Optional.empty(), hourly.untilDue(NOW), "nothing anchored, nothing to verify");

			new DemoDataSet(Clock.fixed(NOW, ZoneOffset.ofHours(8))).saveTo(store);
			assertEquals(Optional.empty(), hourly.untilDue(NOW), "pending events are verified once anchored");
			List<PendingAnchor> anchored = store.outbox().pending(50);
			store.outbox().markAnchored(anchored, 12);
			assertEquals(Optional.of(Duration.ZERO), hourly.untilDue(NOW), "anchored and never verified: due now");

			Map<EventHashId, VerdictRepository.Verdict> verified = anchored.stream()
					.collect(Collectors.toMap(PendingAnchor::hashId, a -> VerdictRepository.Verdict.VERIFIED));
			store.verdicts().record(verified, List.of(), NOW.minus(Duration.ofMinutes(10)));
			assertEquals(Optional.of(Duration.ofMinutes(50)), hourly.untilDue(NOW));
			assertEquals(Optional.empty(), hourly.runIfDue(null, NOW, done -> true), "not due: nothing asked of the chain");
			assertEquals(Optional.of(Duration.ZERO), hourly.untilDue(NOW.plus(Duration.ofHours(2))), "an hour on, due");

			// One event verified again later does not make the store younger: the oldest verdict counts.
			store.verdicts().record(Map.of(anchored.get(0).hashId(), VerdictRepository.Verdict.VERIFIED), List.of(), NOW);
			assertEquals(Optional.of(Duration.ofMinutes(50)), hourly.untilDue(NOW));
			assertTrue(new VerificationSchedule(store, Duration.ofMinutes(5)).untilDue(NOW).orElseThrow().isZero(),
					"a shorter interval from the preference: due now");
		}
	}
}
