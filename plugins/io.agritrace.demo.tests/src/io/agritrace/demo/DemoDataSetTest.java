package io.agritrace.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.ProductBatch;

class DemoDataSetTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));
	private final DemoDataSet demo = new DemoDataSet(clock);

	@Test
	void coversRiceFromMeihekouGinsengFromFusongAndYanbianCattle() {
		Set<String> origins = demo.batches().stream().map(ProductBatch::originDivision).collect(Collectors.toSet());
		assertEquals(Set.of("220581", "220621", "222405"), origins);
		assertTrue(demo.events().stream().anyMatch(e -> "killing".equals(e.bizStep())));
		assertTrue(demo.events().stream().anyMatch(e -> "retail_selling".equals(e.bizStep())));
	}

	@Test
	void sameSeedAndDaySameEvents() {
		List<String> again = new DemoDataSet(clock).events().stream().map(e -> e.hashId().toString()).toList();
		assertEquals(demo.events().stream().map(e -> e.hashId().toString()).toList(), again);
		assertEquals(demo.events().size(), Set.copyOf(again).size(), "no two events alike");
	}

	@Test
	void everyEventLiesInThePastAndTransformationsLoseWeight() {
		for (EpcisEvent e : demo.events()) {
			assertFalse(e.eventTime().isAfter(clock.instant()), e.toString());
			if (e.type() == EventType.TransformationEvent && "KGM".equals(e.outputQuantities().get(0).uom())
					&& "KGM".equals(e.inputQuantities().get(0).uom())) {
				assertTrue(total(e.outputQuantities()).compareTo(total(e.inputQuantities())) < 0, e.toString());
			}
		}
	}

	/**
	 * Generated here, events carry the workspace's offset (the clock's zone), not
	 * the machine's: the issue saw {@code generate} write +00:00 on a machine in UTC.
	 * New York's summer time ends within the thirty days the chains span.
	 */
	@Test
	void everyEventCarriesTheOffsetOfTheWorkspacesZoneAtItsTime() {
		for (String zone : List.of("Asia/Shanghai", "America/New_York")) {
			ZoneId workspace = ZoneId.of(zone);
			List<EpcisEvent> events = new DemoDataSet(Clock.fixed(clock.instant(), workspace)).events();
			for (EpcisEvent e : events) {
				assertEquals(workspace.getRules().getOffset(e.eventTime()), e.timeZone(), e.toString());
			}
			assertTrue(events.stream().map(EpcisEvent::timeZone).distinct().count() == (zone.equals("Asia/Shanghai") ? 1 : 2),
					zone);
		}
	}

	/**
	 * Harvests spread over the span's days, today among them, so that the dashboard's "last 30 days" holds the whole
	 * demo: the earliest could lie 30 days back, where a chain harvested then fell out of the period.
	 */
	@Test
	void everyEventAndHarvestLiesWithinTheSpansDaysTodayAmongThem() {
		ZoneId zone = clock.getZone();
		LocalDate first = LocalDate.now(clock).minusDays(29);
		for (long seed = 0; seed < 200; seed++) {
			List<Object> early = new ArrayList<>();
			new JilinScenarioGenerator(seed, clock, 30).generate(4, new JilinScenarioGenerator.Sink() {
				@Override
				public void batch(ProductBatch batch) {
					if (batch.harvestDate().isBefore(first)) {
						early.add(batch);
					}
				}

				@Override
				public void event(EpcisEvent event) {
					if (LocalDate.ofInstant(event.eventTime(), zone).isBefore(first)) {
						early.add(event);
					}
				}
			});
			assertEquals(List.of(), early, "seed " + seed);
		}
	}

	/**
	 * Every lot of the rice chain is a batch: the dried paddy showed in lineage
	 * and traces, but not in the navigator, {@code list} or {@code stats}, and had no trace code.
	 */
	@Test
	void everyLotOfTheRiceChainIsABatch() {
		Set<String> rice = Set.of(JilinMasterData.PADDY.gtin(), JilinMasterData.DRIED_PADDY.gtin(), JilinMasterData.MEIHE_RICE.gtin());
		Set<String> lots = demo.events().stream().flatMap(e -> Stream.of(e.quantities(), e.inputQuantities(), e.outputQuantities()))
				.flatMap(List::stream).map(QuantityElement::epcClass)
				.filter(lot -> rice.stream().anyMatch(lot::contains)).collect(Collectors.toSet());
		assertTrue(lots.stream().anyMatch(lot -> lot.contains(JilinMasterData.DRIED_PADDY.gtin())), lots.toString());
		Set<String> batches = demo.batches().stream().map(ProductBatch::code).collect(Collectors.toSet());
		assertEquals(Set.of(), lots.stream().filter(lot -> !batches.contains(lot)).collect(Collectors.toSet()));
	}

	private static BigDecimal total(List<QuantityElement> quantities) {
		return quantities.stream().map(QuantityElement::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
