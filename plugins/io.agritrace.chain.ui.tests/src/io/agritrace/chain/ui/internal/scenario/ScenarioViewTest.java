package io.agritrace.chain.ui.internal.scenario;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventHandler;

import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.service.LotVerdict;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Window > Guided Scenario on the managed local chain, click by click: the
 * rice recorded and anchored step by step, the edited receipt found, the
 * paddy recalled to both shops with their kilograms, and the edit put back,
 * leaving no lot marked red and no drill's clock running.
 */
class ScenarioViewTest extends WorkbenchTestCase {

	@Test
	void theStoryRunsToItsEndAndShowsTheEditAndTheRecall() throws Exception {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		ScenarioBot view = ScenarioBot.show(page);
		Map<String, LotVerdict> marks = new ConcurrentHashMap<>();
		EventHandler marked = event -> {
			if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v) {
				marks.put(v.lot(), v.outcome());
			}
		};
		service(IEventBroker.class).subscribe(StoreTopics.VERIFIED, marked);
		try {
			tell(store, view, marks);
		} finally {
			service(IEventBroker.class).unsubscribe(marked);
		}
	}

	/** Clicks through every step, checking what each shows; {@code marks} are the lots' verdicts as the navigator hears them. */
	private void tell(TraceStore store, ScenarioBot view, Map<String, LotVerdict> marks) throws Exception {
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
				assertFalse(ScenarioBot.drillClock(page, view.story().paddy()).isEmpty(), "the drill's clock runs");
			}
			case RESET -> {
				assertTrue(store.verdicts().incidents().stream()
						.noneMatch(i -> i.hashId().equals(view.story().tampered().hashId())), "verified again: " + view.outcome());
				// Every mark and clock as before the run: no lot of the story left red, no drill counting on.
				for (ProductBatch lot : List.of(view.story().paddy(), view.story().rice())) {
					waitUntil(lot.lot() + " marked verified again", TIMEOUT_MS, () -> marks.get(lot.code()) == LotVerdict.ALL_VERIFIED);
				}
				assertEquals("", ScenarioBot.drillClock(page, view.story().paddy()), "the drill's clock stopped");
				screenshot("scenario-reset");
			}
			default -> {
				// the records are stored and sent to the chain
			}
			}
		}
		assertEquals(Messages.Scenario_again, view.stepButtonText(), "the story ran to its end");
		assertTrue(store.events().find(view.story().tampered().hashId()).orElseThrow().isIntact(), "put back");
	}
}
