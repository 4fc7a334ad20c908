package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.anchor.Verification;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.demo.GuidedScenario.Step;
import io.agritrace.store.TraceStore;

/**
 * A recording step of the guided scenario says how many of its records the
 * chain holds once its anchoring is done, whoever sent them.
 */
class ScenarioRunnerTest {

	private static final ZoneId JILIN = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
	private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, JILIN).toInstant(), JILIN);

	@TempDir
	Path workspace;

	/**
	 * The issue: the workbench's anchoring Job sent step 2's records before the step's own round, which found
	 * none left to send, and the step said "Records stored: 4; anchored on the chain: 0."
	 */
	@Test
	void aStepCountsItsRecordsAnchoredByTheJobBeforeIt() throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			GuidedScenario story = new GuidedScenario(CLOCK, "T1"); //$NON-NLS-1$
			ScenarioRunner runner = new ScenarioRunner(store, new JobFirst(store, true), story, Locale.ENGLISH);
			runner.run(Step.REGISTER);
			int made = story.events(Step.PROCESS).size();
			assertEquals(Texts.Scenario_recorded.text(Locale.ENGLISH, made, made), runner.run(Step.PROCESS).outcome());
		}
	}

	/** Records no one could anchor yet are not counted as anchored. */
	@Test
	void aStepCountsNoneWhileTheChainHoldsNone() throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			GuidedScenario story = new GuidedScenario(CLOCK, "T2"); //$NON-NLS-1$
			ScenarioRunner runner = new ScenarioRunner(store, new JobFirst(store, false), story, Locale.SIMPLIFIED_CHINESE);
			int made = story.events(Step.REGISTER).size();
			assertEquals(Texts.Scenario_recorded.text(Locale.SIMPLIFIED_CHINESE, made, 0), runner.run(Step.REGISTER).outcome());
		}
	}

	/** A chain whose anchoring Job took what was stored before the step's round (or could send nothing): the round sends none. */
	private record JobFirst(TraceStore store, boolean jobAnchors) implements ScenarioChain {

		@Override
		public int anchor() {
			if (jobAnchors) {
				store.outbox().markAnchored(store.outbox().pending(Integer.MAX_VALUE), 7);
			}
			return 0;
		}

		@Override
		public List<Verification> verify(String lot) {
			return List.of();
		}
	}
}
