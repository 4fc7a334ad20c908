package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.service.CreditReports;
import io.agritrace.store.StoredEvent;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Window > Credit Profiles over the demo data, every record verified but one
 * altered: each organisation graded, the one selected with its six
 * indicators, the records behind one, and its months.
 */
class CreditViewTest extends WorkbenchTestCase {

	@Test
	void everyOrganisationIsGradedAndAProfileShowsItsIndicatorsRecordsAndMonths() throws Exception {
		NavigatorBot.show(page).withBatches();
		TraceStore store = service(WorkspaceStore.class).get();
		Map<EventHashId, VerdictRepository.Verdict> verdicts = new HashMap<>();
		List<StoredEvent> events = store.events().after(0, 100_000);
		events.forEach(e -> verdicts.put(e.event().hashId(), VerdictRepository.Verdict.VERIFIED));
		verdicts.put(events.get(0).event().hashId(), VerdictRepository.Verdict.MISMATCH);
		store.verdicts().record(verdicts, List.of(), Instant.now());
		StoreTopics.post(StoreTopics.VERDICTS, verdicts.size());

		CreditViewBot view = CreditViewBot.show(page);
		waitUntil("the ranking", TIMEOUT_MS, () -> !view.ranking().isEmpty());
		assertTrue(view.ranking().stream().allMatch(r -> r.profile().grade() != null),
				"every organisation with verified records is graded");
		assertTrue(view.ranking().stream().anyMatch(r -> r.profile().indicator(CreditPolicy.Indicator.INTEGRITY).numerator() == 1),
				"the altered record is an incident of its organisation");

		// An organisation with records made late: the demo makes one in sixteen a day or more late.
		CreditReports.Ranked chosen = view.ranking().stream().filter(r -> late(r.profile()) > 0).findFirst().orElseThrow();
		view.choose(chosen);
		waitUntil("the profile", TIMEOUT_MS, () -> view.showsTrend() && view.indicatorRows() == 6);
		assertEquals(NLS.bind(Messages.Credit_heading, new Object[] { chosen.party().name(WorkbenchLanguage.current()),
				chosen.profile().grade(), chosen.profile().score() }), view.heading());
		assertFalse(view.heading().contains(chosen.profile().score() + " \u7ea7"), "the score is no level: " + view.heading());
		view.choose(chosen.profile().indicator(CreditPolicy.Indicator.TIMELINESS));
		waitUntil("the late records", TIMEOUT_MS,
				() -> view.recordRows() == Math.min(200, late(chosen.profile())));
		screenshot("credit-profiles");
		assertTrue(view.formulasWhole(), "every formula whole in its column");
		// Beside the navigator at 1280 the panes were 900 wide: the profile and the chart ran past the view's edge.
		assertEquals(List.of(), view.cut(), "the profile whole, every pane inside the view");
		assertEquals(List.of(), view.columnsCut(), "every organisation's name and record whole in its column");
		List<Rectangle> panes = view.panes();
		for (int i = 0; i < panes.size(); i++) {
			for (int j = i + 1; j < panes.size(); j++) {
				assertFalse(panes.get(i).intersects(panes.get(j)), panes.get(i) + " over " + panes.get(j));
			}
		}
		assertTrue(panes.get(0).width >= CreditView.SMALLEST.x / 3 && panes.get(0).height >= CreditView.SMALLEST.y / 3,
				"the months' chart large enough to read: " + panes.get(0));

		// Cold-chain compliance as the score counts it: all shipments kept in their band is 100 %, not 0.0 %.
		CreditReports.Ranked compliant = view.ranking().stream().filter(r -> allKeptCold(r.profile())).findFirst().orElseThrow();
		show(view, compliant);
		assertEquals("100.0 %", view.indicatorValue(CreditPolicy.Indicator.COLD_CHAIN));
		// A firm with no shipment measured, if the demo has one: its cold chain says so, and its score leaves it out.
		Optional<CreditReports.Ranked> unshipped = view.ranking().stream()
				.filter(r -> !r.profile().indicator(CreditPolicy.Indicator.COLD_CHAIN).applicable()).findFirst();
		if (unshipped.isPresent()) {
			show(view, unshipped.get());
			assertEquals(IndicatorText.value(unshipped.get().profile().indicator(CreditPolicy.Indicator.COLD_CHAIN),
					WorkbenchLanguage.current()), view.indicatorValue(CreditPolicy.Indicator.COLD_CHAIN));
			screenshot("credit-profile-no-shipments");
		}
		IViewPart shown = page.findView(CreditView.ID);
		assertEquals(view.view(), shown);
	}

	/** Clicks the organisation and waits for its profile. */
	private static void show(CreditViewBot view, CreditReports.Ranked ranked) {
		view.choose(ranked);
		waitUntil("its profile", TIMEOUT_MS, () -> view.heading().startsWith(ranked.party().name(WorkbenchLanguage.current())));
	}

	private static boolean allKeptCold(CreditProfile profile) {
		CreditProfile.Score coldChain = profile.indicator(CreditPolicy.Indicator.COLD_CHAIN);
		return coldChain.applicable() && coldChain.numerator() == coldChain.denominator();
	}

	/** The formula counts the records on time; the rest were late. */
	private static long late(CreditProfile profile) {
		CreditProfile.Score timeliness = profile.indicator(CreditPolicy.Indicator.TIMELINESS);
		return timeliness.denominator() - timeliness.numerator();
	}
}
