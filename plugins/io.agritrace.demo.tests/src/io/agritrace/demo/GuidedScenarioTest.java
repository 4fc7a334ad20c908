package io.agritrace.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;

/**
 * The guided scenario's story lies in the past at any hour of a day in Jilin, and ends within a day of now; every lot
 * it makes is registered as a batch.
 */
class GuidedScenarioTest {

	private static final ZoneId JILIN = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

	@Test
	void noEventLiesInTheFutureAtAnyHour() {
		ZonedDateTime midnight = ZonedDateTime.of(2026, 12, 8, 0, 0, 0, 0, JILIN);
		for (int minutes = 0; minutes < 24 * 60; minutes += 20) {
			Instant now = midnight.plusMinutes(minutes).toInstant();
			GuidedScenario scenario = new GuidedScenario(Clock.fixed(now, JILIN), "T"); //$NON-NLS-1$
			Instant last = Instant.MIN;
			for (GuidedScenario.Step step : GuidedScenario.Step.values()) {
				for (EpcisEvent event : scenario.events(step)) {
					assertFalse(event.eventTime().isAfter(now), () -> event.eventTime() + " after " + now); //$NON-NLS-1$
					assertFalse(event.recordTime().isAfter(now), () -> event.recordTime() + " after " + now); //$NON-NLS-1$
					last = event.recordTime().isAfter(last) ? event.recordTime() : last;
				}
			}
			Instant latest = last;
			assertTrue(Duration.between(latest, now).compareTo(Duration.ofDays(1)) < 0,
					() -> "the story ends " + latest + ", more than a day before " + now); //$NON-NLS-1$
		}
	}

	/** The dried paddy was traced but not a batch: not in the navigator, without a trace code. */
	@Test
	void everyLotTheStoryMakesIsABatch() {
		GuidedScenario scenario = new GuidedScenario(Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), JILIN), "T"); //$NON-NLS-1$
		Set<String> batches = new HashSet<>();
		Set<String> lots = new HashSet<>();
		for (GuidedScenario.Step step : GuidedScenario.Step.values()) {
			scenario.batches(step).forEach(b -> batches.add(b.code()));
			for (EpcisEvent event : scenario.events(step)) {
				event.quantities().forEach(q -> lots.add(q.epcClass()));
				event.inputQuantities().forEach(q -> lots.add(q.epcClass()));
				event.outputQuantities().forEach(q -> lots.add(q.epcClass()));
			}
		}
		assertTrue(lots.stream().anyMatch(lot -> lot.contains(JilinMasterData.DRIED_PADDY.gtin())), lots.toString());
		assertEquals(lots, batches);
	}
}
