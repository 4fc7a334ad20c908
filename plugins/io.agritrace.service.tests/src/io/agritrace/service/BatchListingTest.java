package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.Correction;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.service.BatchListing;
import io.agritrace.store.TraceStore;

/** A listing's facts: a lot one of whose events was declared erroneous is marked as having warnings. */
class BatchListingTest {

	@Test
	void aLotWithADeclaredEventHasWarningsAndTheOthersHaveNone(@TempDir Path workspace) {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			assertTrue(demo.batches().stream().noneMatch(b -> BatchListing.read(store, Locale.ENGLISH).of(b).warnings()),
					"the demo breaks no rule");
			// A sale that did not happen: nothing after it depends on it.
			EpcisEvent sale = demo.events().stream().filter(e -> "retail_selling".equals(e.bizStep())).findFirst()
					.orElseThrow();
			ProductBatch lot = demo.batches().stream().filter(b -> sale.mentions(b.code())).findFirst().orElseThrow();
			EpcisEvent last = sale;

			store.importer().correct(new Correction(last, Correction.DID_NOT_OCCUR, null,
					last.eventTime().atOffset(ZoneOffset.ofHours(8)).plusHours(1)));

			BatchListing listing = BatchListing.read(store, Locale.ENGLISH);
			assertTrue(listing.of(lot).warnings());
			assertEquals(List.of(lot), demo.batches().stream().filter(b -> listing.of(b).warnings()).toList());
			ProductBatch other = demo.batches().stream().filter(b -> !b.equals(lot)).findFirst().orElseThrow();
			assertFalse(listing.withAwaiting(java.util.Set.of()).of(other).warnings());
			assertTrue(listing.withAwaiting(java.util.Set.of()).of(lot).warnings(), "anchor marks keep the warnings");
		}
	}
}
