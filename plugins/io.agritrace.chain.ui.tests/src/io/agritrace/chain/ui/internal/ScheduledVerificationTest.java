package io.agritrace.chain.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;

import io.agritrace.anchor.VerificationSchedule;
import io.agritrace.chain.ChainSettings;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.StoreTampering;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;

/**
 * The share of records verified on chain is true without a click: anchored
 * records that were never verified (the dashboard said "16.0 % verified" on
 * fresh demo data) are verified by the background Job as soon as it looks at
 * its schedule, which a new interval in the preferences makes it do at once.
 */
class ScheduledVerificationTest extends WorkbenchTestCase {

	@Test
	void anchoredRecordsNeverVerifiedAreVerifiedInTheBackground() throws Exception {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		new StoreTampering(WorkspaceStore.jdbcUrl()).forgetVerdicts();
		VerificationSchedule schedule = new VerificationSchedule(store, Duration.ofMinutes(30));
		assertEquals(Optional.of(Duration.ZERO), schedule.untilDue(Instant.now()), "due: nothing verified");

		IEclipsePreferences chain = InstanceScope.INSTANCE.getNode(ChainSettings.NODE);
		chain.putInt(ChainSettings.KEY_VERIFY_INTERVAL_MINUTES, 30);
		try {
			waitUntil("every anchored record verified in the background", AnchoredDemo.CHAIN_TIMEOUT_MS,
					() -> schedule.untilDue(Instant.now()).map(left -> !left.isZero()).orElse(false));
			Map<VerdictRepository.Verdict, Long> verdicts = store.verdicts().counts();
			long anchored = store.outbox().countsByState().getOrDefault(OutboxState.ANCHORED, 0L);
			assertEquals(anchored, verdicts.getOrDefault(VerdictRepository.Verdict.VERIFIED, 0L)
					+ verdicts.getOrDefault(VerdictRepository.Verdict.MISMATCH, 0L), verdicts.toString());
			execute("io.agritrace.ui.commands.openDashboard");
			processEvents();
			waitForJobs(TIMEOUT_MS);
			screenshot("dashboard-verified-in-background");
		} finally {
			chain.remove(ChainSettings.KEY_VERIFY_INTERVAL_MINUTES);
		}
	}
}
