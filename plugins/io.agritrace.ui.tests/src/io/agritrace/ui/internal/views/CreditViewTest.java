package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.service.CreditReports;
import io.agritrace.store.StoredEvent;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
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
		assertTrue(view.heading().contains(chosen.profile().grade().name()), view.heading());
		view.choose(chosen.profile().indicator(CreditPolicy.Indicator.TIMELINESS));
		waitUntil("the late records", TIMEOUT_MS,
				() -> view.recordRows() == Math.min(200, late(chosen.profile())));
		screenshot("credit-profiles");
		IViewPart shown = page.findView(CreditView.ID);
		assertEquals(view.view(), shown);
	}

	/** The formula counts the records on time; the rest were late. */
	private static long late(CreditProfile profile) {
		CreditProfile.Score timeliness = profile.indicator(CreditPolicy.Indicator.TIMELINESS);
		return timeliness.denominator() - timeliness.numerator();
	}
}
