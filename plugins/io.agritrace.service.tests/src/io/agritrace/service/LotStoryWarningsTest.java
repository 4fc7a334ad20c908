package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.rules.Correction;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.CoopToMill;

/**
 * A lot's story tells who acted in each event and how much it names, and its
 * warnings as sentences that name the events by step, place and time, keeping
 * their hash IDs apart for a tooltip.
 */
class LotStoryWarningsTest {

	@TempDir
	Path workspace;

	@Test
	void aCorrectedShipmentIsWarnedOfByStepPlaceAndTimeWithItsHashIdsApart() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			EpcisEvent shipped = CoopToMill.shipping();
			store.importer().record(shipped);
			EpcisEvent corrective = EventBuilder.copyOf(shipped).requantify("quantityList", 0, BigDecimal.valueOf(980)).build();
			store.importer().correct(new Correction(shipped, Correction.INCORRECT_DATA, corrective, CoopToMill.T.plusDays(2)));

			for (Locale language : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
				LotStory story = new LotStories(store).read(CoopToMill.PADDY, language);
				List<LotStory.Warning> warnings = story.warnings(language);
				assertEquals(1, warnings.size(), warnings.toString());
				LotStory.Warning warning = warnings.get(0);
				assertFalse(warning.text().contains("ni:///"), "no hash ID in the sentence: " + warning.text());
				assertFalse(warning.text().contains(Correction.INCORRECT_DATA), "the reason in words: " + warning.text());
				String field = language == Locale.ENGLISH ? "Paddy field" : "稻田";
				String step = Texts.Step_shipping.text(language);
				assertTrue(warning.text().contains(step) && warning.text().contains(field)
						&& warning.text().contains("2026-10-02 08:00"), "step, place and time: " + warning.text());
				assertEquals(List.of(shipped.hashId().toString(), corrective.hashId().toString()), warning.hashIds());

				assertEquals(language == Locale.ENGLISH ? "Shuidao Cooperative" : "水道合作社", story.who(shipped));
				assertEquals(language == Locale.ENGLISH ? "980 kg" : "980 千克", EventLabels.quantity(corrective, language));
			}
		}
	}
}
