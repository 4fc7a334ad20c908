package io.agritrace.chain.ui.internal.scenario;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Window > Guided Scenario on the managed local chain, click by click: the
 * rice recorded and anchored step by step, the edited receipt found, the
 * paddy recalled to both shops with their kilograms, and the edit put back.
 */
class ScenarioViewTest extends WorkbenchTestCase {

	@Test
	void theStoryRunsToItsEndAndShowsTheEditAndTheRecall() throws Exception {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		ScenarioBot view = ScenarioBot.show(page);

		for (GuidedScenario.Step step : GuidedScenario.Step.values()) {
			view.step(AnchoredDemo.CHAIN_TIMEOUT_MS);
			assertNotEquals(Messages.Scenario_working, view.outcome(), step + ": what it did is shown");
			assertFalse(view.failed(), step + ": " + view.outcome());
			switch (step) {
			case TAMPER -> {
				assertTrue(view.outcome().contains(view.story().tampered().hashId().toString()), view.outcome());
				assertTrue(store.verdicts().incidents().stream()
						.anyMatch(i -> i.hashId().equals(view.story().tampered().hashId())), "the dashboard's incident");
				screenshot("scenario-tamper");
			}
			case RECALL -> {
				view.story().shops().forEach((shop, kg) -> assertTrue(view.outcome().contains(
						store.masterData().partyName(shop, WorkbenchLanguage.current()) + ": " + kg.toPlainString() + " kg"),
						view.outcome()));
				screenshot("scenario-recall");
			}
			case RESET -> assertTrue(store.verdicts().incidents().stream()
					.noneMatch(i -> i.hashId().equals(view.story().tampered().hashId())), "verified again: " + view.outcome());
			default -> {
				// the records are stored and sent to the chain
			}
			}
		}
		assertEquals(Messages.Scenario_again, view.stepButtonText(), "the story ran to its end");
		assertTrue(store.events().find(view.story().tampered().hashId()).orElseThrow().isIntact(), "put back");
	}
}
