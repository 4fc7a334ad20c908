package io.agritrace.chain.ui.internal.scenario;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventHandler;

import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.service.EventLabels;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
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

	/**
	 * The check box that lost its text ("每 20 秒自动前") and, ticked
	 * after a step, did nothing: ticked while no step runs, it counts down to
	 * the next step beside its text, which shows whole; unticked, it stops.
	 */
	@Test
	void tickingTheBoxCountsDownToTheNextStepAndItsTextShowsWhole() throws Exception {
		IViewPart told = page.findView(ScenarioView.ID);
		if (told != null) {
			page.hideView(told); // a story told to its end counts down to nothing
		}
		ScenarioBot view = ScenarioBot.show(page);
		Button box = view.timedBox();
		view.tickTimed(true);
		assertEquals(NLS.bind(Messages.Scenario_timedLeft, ScenarioView.SECONDS, ScenarioView.SECONDS), box.getText());
		waitUntil("the count going down", TIMEOUT_MS,
				() -> box.getText().equals(NLS.bind(Messages.Scenario_timedLeft, ScenarioView.SECONDS, ScenarioView.SECONDS - 1)));
		processEvents();
		assertTrue(box.computeSize(box.getSize().x, SWT.DEFAULT).y <= box.getSize().y, box.getText() + " cut at " + box.getSize());
		screenshot("scenario-countdown");
		view.tickTimed(false);
		assertEquals(NLS.bind(Messages.Scenario_timed, ScenarioView.SECONDS), box.getText());
		processEvents();
		assertTrue(box.computeSize(box.getSize().x, SWT.DEFAULT).y <= box.getSize().y, box.getText() + " cut at " + box.getSize());
		assertEquals(Messages.Scenario_start, view.stepButtonText(), "no step ran");
	}

	/**
	 * The squashed panels: Credit Profiles opens over the editors, the
	 * scenario in a column beside them, and each keeps room to be read.
	 */
	@Test
	void creditProfilesThenTheScenarioLeaveEachItsRoom() throws Exception {
		page.resetPerspective();
		IViewPart credit = page.showView("io.agritrace.ui.views.credit"); //$NON-NLS-1$
		IViewPart scenario = page.showView(ScenarioView.ID);
		processEvents();
		for (IViewPart view : List.of(credit, scenario)) {
			Point size = Widgets.of(view).getSize();
			assertTrue(size.x >= 300 && size.y >= 300, view.getTitle() + " squashed to " + size);
		}
		Rectangle creditBounds = Widgets.of(credit).getDisplay().map(Widgets.of(credit).getParent(), null,
				Widgets.of(credit).getBounds());
		Rectangle scenarioBounds = Widgets.of(scenario).getDisplay().map(Widgets.of(scenario).getParent(), null,
				Widgets.of(scenario).getBounds());
		assertTrue(scenarioBounds.x >= creditBounds.x + creditBounds.width, "the scenario stands right of the profiles");
		screenshot("credit-and-scenario");
		page.hideView(scenario);
		page.hideView(credit);
	}

	/** The cold store's receipt as the tamper step edits it: a thousand kilograms fewer. */
	private static String tamperedKg(ScenarioBot view) {
		BigDecimal recorded = view.story().tampered().quantities().get(0).quantity();
		return Quantities.of(recorded.subtract(BigDecimal.valueOf(1_000)), "KGM", WorkbenchLanguage.current());
	}

	/** Clicks through every step, checking what each shows; {@code marks} are the lots' verdicts as the navigator hears them. */
	private void tell(TraceStore store, ScenarioBot view, Map<String, LotVerdict> marks) throws Exception {
		for (GuidedScenario.Step step : GuidedScenario.Step.values()) {
			view.step(AnchoredDemo.CHAIN_TIMEOUT_MS);
			assertNotEquals(Messages.Scenario_working, view.outcome(), step + ": what it did is shown");
			assertFalse(view.failed(), step + ": " + view.outcome());
			switch (step) {
			case TAMPER -> {
				// The edited record by its step, place and time: no hash ID an official cannot read.
				EpcisEvent tampered = view.story().tampered();
				assertFalse(view.outcome().contains("ni:///"), view.outcome());
				assertTrue(view.outcome().contains(StepNames.of(tampered.bizStep(), WorkbenchLanguage.current()))
						&& view.outcome().contains(store.masterData().locationName(tampered.bizLocation(), WorkbenchLanguage.current()))
						&& view.outcome().contains(EventLabels.time(tampered)), view.outcome());
				assertTrue(store.verdicts().incidents().stream()
						.anyMatch(i -> i.hashId().equals(view.story().tampered().hashId())), "the dashboard's incident");
				screenshot("scenario-tamper");
			}
			case RECALL -> {
				view.story().shops().forEach((shop, kg) -> assertTrue(view.outcome().contains(NLS.bind(Messages.Scenario_shop,
						store.masterData().partyName(shop, WorkbenchLanguage.current()),
						Quantities.of(kg, "KGM", WorkbenchLanguage.current()))), view.outcome()));
				// The issue: "长春欧亚超市朝阳店: 6,000 千克", an English colon in Chinese.
				assertTrue(!WorkbenchLanguage.current().getLanguage().equals("zh") || view.outcome().indexOf(':') < 0,
						view.outcome());
				screenshot("scenario-recall");
				assertFalse(ScenarioBot.drillClock(page, view.story().paddy()).isEmpty(), "the drill's clock runs");
				// The issue: the edited 12,100 kg stood in the holders' table like any other figure.
				waitUntil("the edited receipt's kilograms on the Recall page, red and marked", TIMEOUT_MS,
						() -> ScenarioBot.redTexts(page, view.story().paddy()).stream()
								.anyMatch(t -> t.startsWith(tamperedKg(view)) && !t.equals(tamperedKg(view))));
				screenshot("scenario-recall-marked");
			}
			case RESET -> {
				assertTrue(store.verdicts().incidents().stream()
						.noneMatch(i -> i.hashId().equals(view.story().tampered().hashId())), "verified again: " + view.outcome());
				// Every mark and clock as before the run: no lot of the story left red, no drill counting on.
				for (ProductBatch lot : List.of(view.story().paddy(), view.story().rice())) {
					waitUntil(lot.lot() + " marked verified again", TIMEOUT_MS, () -> marks.get(lot.code()) == LotVerdict.ALL_VERIFIED);
				}
				assertEquals("", ScenarioBot.drillClock(page, view.story().paddy()), "the drill's clock stopped");
				waitUntil("the Recall page reading the receipt as put back", TIMEOUT_MS,
						() -> ScenarioBot.tableTexts(page, view.story().paddy()).stream().noneMatch(t -> t.startsWith(tamperedKg(view)))
								&& ScenarioBot.redTexts(page, view.story().paddy()).isEmpty());
				screenshot("scenario-reset");
			}
			default -> {
				// the records are stored and sent to the chain
			}
			}
		}
		assertEquals(Messages.Scenario_again, view.stepButtonText(), "the story ran to its end");
		assertTrue(store.events().find(view.story().tampered().hashId()).orElseThrow().isIntact(), "put back");

		// The issue: Run Again stored another 20 t of paddy at once. It goes back to the start, as the view opened.
		int batches = store.batches().list().size();
		List<ProductBatch> shown = List.of(view.story().paddy(), view.story().rice());
		shown.forEach(lot -> assertNotNull(page.findEditor(new BatchEditorInput(lot)), lot.lot() + " shown by the run"));
		view.step(AnchoredDemo.CHAIN_TIMEOUT_MS);
		// ... and closes the editors the run opened, so that the next audience starts as the first did.
		shown.forEach(lot -> assertNull(page.findEditor(new BatchEditorInput(lot)), lot.lot() + " still open"));
		assertEquals(Messages.Scenario_start, view.stepButtonText());
		assertEquals(Messages.Scenario_ready, view.heading());
		assertEquals("", view.outcome());
		assertNull(view.story(), "no story until the presenter starts one");
		assertEquals(batches, store.batches().list().size(), "nothing recorded by Run Again");
		screenshot("scenario-again");
	}
}
