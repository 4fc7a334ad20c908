package io.agritrace.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.agritrace.core.model.ProductBatch;

class DemoDataSetTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));
	private final DemoDataSet demo = new DemoDataSet(clock);

	@Test
	void holdsMeiheRiceAndFusongGinseng() {
		Set<String> origins = demo.batches().stream().map(ProductBatch::originDivision).collect(Collectors.toSet());
		assertEquals(Set.of("220581", "220621"), origins);
	}

	@Test
	void everyEventBelongsToABatchAndHappenedAfterItsHarvest() {
		for (var event : demo.events()) {
			ProductBatch batch = demo.batches().stream().filter(b -> b.code().equals(event.batchCode())).findFirst()
					.orElseThrow();
			assertTrue(!event.eventTime().isBefore(batch.harvestDate().atStartOfDay(DemoDataSet.CST).toInstant()));
			assertTrue(!event.eventTime().isAfter(clock.instant()), event.toString());
		}
	}
}
