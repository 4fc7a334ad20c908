package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.tests.harness.CoopToMill;

/**
 * The facts of bulk-written events are filled by the store's own thread, after
 * the write run and when a store opens with events that lack them; credit and
 * dashboard reads wait for them and write nothing themselves.
 */
class FactFillerTest {

	private static final Clock CLOCK = Clock.systemDefaultZone();

	@TempDir
	Path workspace;

	@Test
	void aCreditReadRightAfterAWriteRunCountsEveryEvent() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			Map<String, CreditCounts> all = store.credit().all(CreditPolicy.DEFAULTS);

			assertEquals(demo.events().size(), StoreInternals.count(store, "event_fact"));
			assertEquals(recordsByParty(store), all.entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().records())));
		}
	}

	@Test
	void aStoreOpenedWithEventsLackingFactsFillsThemWithoutBeingRead() throws Exception {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		Map<String, CreditCounts> before;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			before = store.credit().all(CreditPolicy.DEFAULTS);
		}
		// As a store left it whose process ended before its filler did.
		StoreInternals.sql(TraceStore.workspaceUrl(workspace), c -> {
			try (Statement s = c.createStatement()) {
				return s.executeUpdate("DELETE FROM event_fact WHERE MOD(event_id, 3) = 0 OR event_id > 20");
			}
		});
		try (TraceStore reopened = TraceStore.openWorkspace(workspace)) {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (StoreInternals.count(reopened, "event_fact") < demo.events().size() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertEquals(demo.events().size(), StoreInternals.count(reopened, "event_fact"), "filled before any read");
			assertEquals(before, reopened.credit().all(CreditPolicy.DEFAULTS));
		}
	}

	@Test
	void creditAndDashboardReadsWaitForTheFillerAndWriteNothing() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			DashboardRepository.Filter year = DashboardRepository.Filter.lastDays(400, CLOCK, null, null);
			String party = demo.batches().get(0).producer();
			Map<String, CreditCounts> all = store.credit().all(CreditPolicy.DEFAULTS);
			var monthly = store.credit().monthly(party, CreditPolicy.DEFAULTS);
			long events = store.dashboard().figures(year).events();
			StoreInternals.sql(store, c -> {
				try (Statement s = c.createStatement()) {
					return s.executeUpdate("DELETE FROM event_fact"); // nobody told the store: its filler sleeps
				}
			});
			RowWrites.watch(store);

			assertEquals(all, store.credit().all(CreditPolicy.DEFAULTS));
			assertEquals(monthly, store.credit().monthly(party, CreditPolicy.DEFAULTS));
			assertEquals(events, store.dashboard().figures(year).events());
			store.credit().records(party, CreditPolicy.Indicator.TIMELINESS, CreditPolicy.DEFAULTS, 10);

			assertEquals(List.of(), RowWrites.by(Thread.currentThread()), "the reading thread wrote nothing");
			assertFalse(RowWrites.noted().isEmpty(), "the store's own thread filled the facts again");
			assertTrue(RowWrites.noted().stream().allMatch(w -> w.endsWith(": EVENT_FACT")), RowWrites.noted().toString());
		}
	}

	/** A write run in progress may yet be taken back: its events count once it has finished, and reads do not wait for them. */
	@Test
	void theEventsOfAWriteRunCountOnceItHasFinished() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			DashboardRepository.Filter year = DashboardRepository.Filter.lastDays(400, CLOCK, null, null);
			assertEquals(demo.events().size(), store.dashboard().figures(year).events());
			// As while the run is being written: not finished, none of its events with facts yet.
			setRunFinished(store, false);
			RowWrites.watch(store);

			assertEquals(0, store.dashboard().figures(year).events());
			assertEquals(List.of(), RowWrites.noted(), "nothing to fill while the run is not finished");

			setRunFinished(store, true);
			assertEquals(demo.events().size(), store.dashboard().figures(year).events());
		}
	}

	private static void setRunFinished(TraceStore store, boolean finished) {
		StoreInternals.sql(store, c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE write_run SET finished = " + finished);
				return finished ? 0 : s.executeUpdate("DELETE FROM event_fact");
			}
		});
	}

	@Test
	void aRecordedEventHasItsFactsWhenItsTransactionCommits() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			RowWrites.watch(store);
			EpcisEvent shipping = CoopToMill.shipping();
			store.importer().record(shipping);

			assertTrue(RowWrites.by(Thread.currentThread()).contains(Thread.currentThread().getName() + ": EVENT_FACT"),
					RowWrites.noted().toString());
			assertEquals(2, StoreInternals.count(store, "event_fact"));
			assertEquals(2, store.credit().all(CreditPolicy.DEFAULTS).get(CoopToMill.COOP).records());
		}
	}

	/** Each organisation's records, counted from the events with the store's rule: the operator of the site, else the holder. */
	private static Map<String, Long> recordsByParty(TraceStore store) {
		return StoreInternals.sql(store, c -> {
			try (Statement s = c.createStatement();
					var r = s.executeQuery("SELECT p, COUNT(*) FROM (SELECT COALESCE("
							+ "l.operator, e.dest_party, e.source_party) p FROM epcis_event e LEFT JOIN location l "
							+ "ON l.uri = COALESCE(e.biz_location, e.read_point)) WHERE p IS NOT NULL GROUP BY p")) {
				Map<String, Long> records = new HashMap<>();
				while (r.next()) {
					records.put(r.getString(1), r.getLong(2));
				}
				return records;
			}
		});
	}
}
