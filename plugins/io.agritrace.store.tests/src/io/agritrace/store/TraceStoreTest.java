package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certification;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.Lineage;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;

class TraceStoreTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));

	@TempDir
	Path workspace;

	@Test
	void migratesAnEmptyWorkspaceOnceAndKeepsTheFileInsideIt() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(22, store.schemaVersion());
			assertEquals(0, store.batches().count());
		}
		assertTrue(Files.exists(workspace.resolve("db/agritrace.mv.db")));
		try (TraceStore reopened = TraceStore.openWorkspace(workspace)) {
			assertEquals(22, reopened.schemaVersion());
		}
	}

	/**
	 * What H2 can leave of an uncommitted bulk write when its process is killed
	 * (rows persisted without their undo log; CrashSafetyTest provokes it) is
	 * removed when the database is next opened; finished runs stay.
	 */
	@Test
	void openingRemovesWhatAnUnfinishedWriteRunLeft() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		long events;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			events = store.events().count();
			store.save(List.of(), List.of()); // a second, finished run with nothing in it
			// As the killed process left it: the first run's rows on disk, the run not finished.
			setFirstRunFinished(store, false);
		}
		try (TraceStore reopened = TraceStore.openWorkspace(workspace)) {
			assertEquals(0, reopened.events().count());
			assertEquals(0, reopened.batches().count());
			assertEquals(0L, reopened.outbox().countsByState().get(OutboxState.PENDING));
			assertEquals(0, StoreInternals.sql(reopened, c -> {
				try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM event_item")) {
					r.next();
					return r.getInt(1);
				}
			}));
			assertEquals(events, demo.saveTo(reopened).inserted(), "the same data loads again");
		}
	}

	/**
	 * A database its last process did not close (killed: CrashSafetyTest) has its
	 * secondary indexes rebuilt when opened, to the same definitions, and works
	 * as before; one closed cleanly is opened as it is.
	 */
	@Test
	void aDatabaseItsLastProcessDidNotCloseHasItsIndexesRebuiltWhenOpened() throws Exception {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		Set<String> indexes;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			indexes = indexes(store);
		}
		try (TraceStore reopened = TraceStore.openWorkspace(workspace)) {
			assertEquals(0, StoreInternals.rebuiltIndexes(reopened), "closed cleanly");
		}
		StoreInternals.sql(TraceStore.workspaceUrl(workspace), c -> {
			try (Statement s = c.createStatement()) {
				return s.executeUpdate("UPDATE clean_close SET closed = FALSE"); // as a killed process leaves it
			}
		});

		try (TraceStore repaired = TraceStore.openWorkspace(workspace)) {
			assertTrue(StoreInternals.rebuiltIndexes(repaired) >= 4,
					"hash ID, item, outbox state, custody queue: " + StoreInternals.rebuiltIndexes(repaired));
			assertEquals(indexes, indexes(repaired));
			assertEquals(demo.events().size(), repaired.save(List.of(), demo.events()).duplicates().size(),
					"the hash ID index still finds every event");
			ProductBatch batch = demo.batches().get(0);
			assertEquals(Optional.of(batch.code()), repaired.batches().find(batch.code()).map(ProductBatch::code));
		}
		try (TraceStore again = TraceStore.openWorkspace(workspace)) {
			assertEquals(0, StoreInternals.rebuiltIndexes(again), "the repaired database was closed cleanly");
		}
	}

	/** Each index as table, constraint (or index) name, kind and columns: what a rebuild must keep. */
	private static Set<String> indexes(TraceStore store) {
		return StoreInternals.sql(store, c -> {
			Set<String> indexes = new HashSet<>();
			try (Statement s = c.createStatement();
					var r = s.executeQuery("SELECT i.TABLE_NAME, "
							+ "COALESCE(k.CONSTRAINT_NAME, i.INDEX_NAME), COALESCE(k.CONSTRAINT_TYPE, i.INDEX_TYPE_NAME), "
							+ "(SELECT LISTAGG(x.COLUMN_NAME || ' ' || x.ORDERING_SPECIFICATION, ', ') WITHIN GROUP "
							+ "(ORDER BY x.ORDINAL_POSITION) "
							+ "FROM INFORMATION_SCHEMA.INDEX_COLUMNS x WHERE x.INDEX_NAME = i.INDEX_NAME AND "
							+ "x.INDEX_SCHEMA = i.INDEX_SCHEMA) "
							+ "FROM INFORMATION_SCHEMA.INDEXES i LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS k "
							+ "ON k.INDEX_NAME = i.INDEX_NAME AND k.INDEX_SCHEMA = i.INDEX_SCHEMA WHERE i.INDEX_SCHEMA = CURRENT_SCHEMA")) {
				while (r.next()) {
					indexes.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " (" + r.getString(4) + ")");
				}
			}
			return indexes;
		});
	}

	@Test
	void thePublisherAndTheCustodySyncSkipARunInProgress() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			setFirstRunFinished(store, false); // as while it is being written
			assertEquals(List.of(), store.outbox().pending(10_000));
			assertEquals(List.of(), store.custodySteps().unsynced(1_000, 0));

			setFirstRunFinished(store, true);
			assertEquals(demo.events().size(), store.outbox().pending(10_000).size());
			long steps = shipmentsAndReceipts(store);
			assertTrue(steps > 0, "the demo ships and receives");
			assertEquals(steps, store.custodySteps().unsynced(1_000, 0).size());
		}
	}

	@Test
	void anchorsOfEveryEventAreReadAtOnceAndUnknownOnesLeftOut() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			List<PendingAnchor> pending = store.outbox().pending(Integer.MAX_VALUE);
			store.outbox().markAnchored(pending.subList(0, 3), 42);
			List<EventHashId> asked = new ArrayList<>(pending.stream().map(PendingAnchor::hashId).toList());
			EventHashId unknown = EventHashId.ofDigest(new byte[32]);
			asked.add(unknown);

			Map<EventHashId, OutboxRepository.Anchor> anchors = store.outbox().anchors(asked);

			assertEquals(pending.size(), anchors.size(), "every stored event, not the unknown one");
			assertEquals(new OutboxRepository.Anchor(OutboxState.ANCHORED, 42L, null), anchors.get(pending.get(0).hashId()));
			assertEquals(OutboxState.PENDING, anchors.get(pending.get(pending.size() - 1).hashId()).state());
		}
	}

	private static void setFirstRunFinished(TraceStore store, boolean finished) {
		StoreInternals.sql(store, c -> {
			try (Statement s = c.createStatement()) {
				return s.executeUpdate("UPDATE write_run SET finished = " + finished + " WHERE id = (SELECT MIN(id) FROM write_run)");
			}
		});
	}

	@Test
	void aBatchKeepsItsProducerAndItsCertificates() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			for (ProductBatch batch : demo.batches()) {
				ProductBatch stored = store.batches().find(batch.code()).orElseThrow();
				assertEquals(batch.producer(), stored.producer(), batch.code());
				assertEquals(batch.certificates(), stored.certificates(), batch.code());
			}
			assertTrue(demo.batches().stream().allMatch(b -> b.producer() != null), "the demo names every producer");
		}
	}

	@Test
	void aVersion1DatabaseKeepsItsEventsAndOutboxThroughEveryMigration() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		Map<String, List<Lineage>> lineages = new HashMap<>();
		List<PendingAnchor> anchors;
		HoldingsRepository.Holdings holdings;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			demo.batches().forEach(b -> lineages.put(b.code(), lineages(store, b.code())));
			anchors = store.outbox().pending(Integer.MAX_VALUE);
			holdings = store.holdings().all();
		}
		// Back to what version 1 left on disk.
		StoreInternals.sql(TraceStore.workspaceUrl(workspace), c -> {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE event_item_v1 AS SELECT event_id, item, role, quantity, uom FROM event_item ORDER BY id");
				s.execute("DROP TABLE event_item");
				s.execute("ALTER TABLE event_item_v1 RENAME TO event_item");
				s.execute("CREATE INDEX ix_item_role ON event_item(item, role)");
				s.execute("CREATE INDEX ix_item_event ON event_item(event_id)");
				s.execute("ALTER TABLE epcis_event ADD COLUMN hash_hex CHAR(64)");
				s.execute("UPDATE epcis_event SET hash_hex = RAWTOHEX(hash_id)");
				s.execute("ALTER TABLE epcis_event DROP COLUMN hash_id");
				s.execute("ALTER TABLE epcis_event ALTER COLUMN hash_hex RENAME TO hash_id");
				s.execute("ALTER TABLE epcis_event ADD CONSTRAINT uq_hash UNIQUE (hash_id)");
				s.execute("DROP TABLE run_declaration");
				for (String table : List.of("party", "location", "product")) {
					s.execute("ALTER TABLE " + table + " DROP COLUMN write_run");
					s.execute("ALTER TABLE " + table + " DROP COLUMN active");
				}
				s.execute("DROP TABLE master_data_change");
				s.execute("ALTER TABLE product_batch DROP COLUMN producer");
				s.execute("ALTER TABLE product DROP COLUMN unit");
				s.execute("ALTER TABLE product DROP COLUMN storage_band");
				s.execute("ALTER TABLE product_batch ALTER COLUMN certifications SET DATA TYPE VARCHAR(100)");
				s.execute("DROP TABLE event_fact");
				s.execute("ALTER TABLE location DROP COLUMN operator");
				s.execute("ALTER TABLE anchor_outbox DROP COLUMN verdict");
				s.execute("ALTER TABLE anchor_outbox DROP COLUMN verified_at");
				s.execute("DROP TABLE missing_event");
				s.execute("ALTER TABLE party DROP COLUMN contact");
				s.execute("DROP TABLE recall_drill");
				s.execute("DROP TABLE clean_close");
				s.execute("DROP TABLE custody_queue");
				s.execute("DROP TABLE custody_pending");
				s.execute("DROP TABLE custody_synced");
				s.execute("DROP TABLE write_run");
				s.execute("DROP SEQUENCE write_run_id");
				s.execute("ALTER TABLE epcis_event DROP COLUMN write_run");
				s.execute("ALTER TABLE product_batch DROP COLUMN write_run");
				s.execute("ALTER TABLE anchor_outbox DROP COLUMN next_attempt_at");
				s.execute("ALTER TABLE epcis_event DROP COLUMN source_location");
				s.execute("DROP INDEX ix_event_location_step");
				return s.executeUpdate("DELETE FROM schema_version WHERE version >= 2");
			}
		});
		try (TraceStore upgraded = TraceStore.openWorkspace(workspace)) {
			assertEquals(22, upgraded.schemaVersion());
			assertTrue(demo.events().stream().allMatch(e -> upgraded.events().find(e.hashId()).orElseThrow().isIntact()),
					"every event is found by its hash ID, and intact");
			lineages.forEach((code, lineage) -> assertEquals(lineage, lineages(upgraded, code), code));
			assertEquals(anchors, upgraded.outbox().pending(Integer.MAX_VALUE), "each anchor names the same batch");
			assertEquals(holdings, upgraded.holdings().all(), "the shipments' origins are read back from their JSON");
			long misplaced = StoreInternals.sql(upgraded, c -> {
				try (Statement s = c.createStatement();
						var r = s.executeQuery("SELECT COUNT(*) FROM (SELECT event_id "
								+ "FROM event_item GROUP BY event_id HAVING MIN(id) <> event_id * 1048576 OR MAX(id) - "
								+ "MIN(id) + 1 <> COUNT(*))")) {
					r.next();
					return r.getLong(1);
				}
			});
			assertEquals(0, misplaced, "each event's item rows are keyed by its id and their positions 0, 1, 2 …");
			upgraded.credit().all(CreditPolicy.DEFAULTS); // waits for the facts that opening has the store fill
			assertEquals(demo.events().size(), StoreInternals.count(upgraded, "event_fact"),
					"the events stored before facts were kept get them");
			List<PendingAnchor> first = upgraded.outbox().pending(1);
			assertEquals(demo.events().size(), upgraded.outbox().countsByState().get(OutboxState.PENDING));
			upgraded.outbox().markFailed(first, "nonce too low");
			assertEquals(List.of(), upgraded.outbox().pending(1).stream().filter(first::contains).toList(),
					"a failed anchor waits out its backoff");
			assertEquals("nonce too low", upgraded.outbox().backlog(1).get(0).lastError());
			assertEquals(demo.events().size(), upgraded.outbox().backlogCount(), "the failed one still counts");
			long custodyEvents = shipmentsAndReceipts(upgraded);
			assertTrue(custodyEvents > 0);
			assertEquals(custodyEvents, upgraded.custodySteps().unsynced(Integer.MAX_VALUE, 0).size(),
					"the upgrade finds every shipment and receipt still to sync");
		}
	}

	/** Stored shipments and receipts between two possessing parties, counted from the events themselves. */
	private static long shipmentsAndReceipts(TraceStore store) {
		return StoreInternals.sql(store, c -> {
			try (Statement s = c.createStatement();
					var r = s.executeQuery("SELECT COUNT(*) FROM epcis_event "
							+ "WHERE biz_step IN ('shipping', 'receiving') AND source_party IS NOT NULL AND dest_party IS NOT NULL")) {
				r.next();
				return r.getLong(1);
			}
		});
	}

	private static List<Lineage> lineages(TraceStore store, String code) {
		return List.of(store.traces().lineage(code, true), store.traces().lineage(code, false));
	}

	@Test
	void savesAndListsBatchesNewestHarvestFirst() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			List<ProductBatch> listed = store.batches().list();
			assertEquals(demo.batches().size(), listed.size());
			LocalDate newest = demo.batches().stream().map(ProductBatch::harvestDate).max(LocalDate::compareTo)
					.orElseThrow();
			assertEquals(newest, listed.get(0).harvestDate());
			ProductBatch first = demo.batches().get(0);
			assertEquals(first, store.batches().find(first.code()).orElseThrow());
		}
	}

	@Test
	void namesAProductByItsGtinInEitherLanguage() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			Product dried = JilinMasterData.DRIED_PADDY;
			assertEquals(Optional.of(dried.nameZh()), store.masterData().productName(dried.gtin(), Locale.SIMPLIFIED_CHINESE));
			assertEquals(Optional.of(dried.nameEn()), store.masterData().productName(dried.gtin(), Locale.ENGLISH));
			assertEquals(Optional.empty(), store.masterData().productName("06901234999994", Locale.SIMPLIFIED_CHINESE));
		}
	}

	@Test
	void listsTheRegisteredLocationsAndProductsAsTheyWereRegistered() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			assertTrue(store.masterData().locations().contains(JilinMasterData.MEIHE_PADDY));
			assertTrue(store.masterData().products().contains(JilinMasterData.DRIED_PADDY));
			assertEquals(JilinMasterData.ALL.products().size(), store.masterData().products().size());
		}
	}

	@Test
	void namesAPartyByItsUriOrGivesTheUriBack() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			Party mill = JilinMasterData.JILIN_MILL;
			assertEquals(mill.nameZh(), store.masterData().partyName(mill.uri(), Locale.SIMPLIFIED_CHINESE));
			assertEquals(mill.nameEn(), store.masterData().partyName(mill.uri(), Locale.ENGLISH));
			assertEquals("urn:example:nobody", store.masterData().partyName("urn:example:nobody", Locale.SIMPLIFIED_CHINESE));
		}
	}

	/** The database's own words (index names, the INSERT) never reach the user. */
	@Test
	void aLotRegisteredTwiceIsRefusedWithASentenceThatNamesIt() {
		ProductBatch batch = new BatchValidator(CLOCK).validate("06901234000030", "X4", "rice", BigDecimal.TEN, "KGM",
				LocalDate.of(2026, 10, 1), "220581");
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.batches().saveAll(List.of(batch));
			StoreException again = assertThrows(StoreException.class, () -> store.batches().saveAll(List.of(batch)));
			assertEquals("lot X4 of GTIN 06901234000030 is already registered, trace code " + batch.traceCode(),
					again.getMessage());
			StoreException twice = assertThrows(StoreException.class,
					() -> store.batches().saveAll(List.of(batch, batch)));
			assertEquals("lot X4 of GTIN 06901234000030 is given twice", twice.getMessage());
			assertEquals(1, store.batches().count(), "nothing else was written");
		}
	}

	@Test
	void aFailingSaveLeavesNothingBehind() {
		ProductBatch batch = new BatchValidator(CLOCK).validate("06901234000016", "L1", "rice", BigDecimal.TEN, "KGM",
				LocalDate.of(2026, 10, 1), "220581");
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertThrows(StoreException.class, () -> store.batches().saveAll(List.of(batch, batch)));
			assertEquals(0, store.batches().count());
		}
	}

	@Test
	void aCsvOfBatchesIsStoredWhollyOrNotAtAll() throws Exception {
		String good = "gtin,lot,product,quantity,unit,harvest_date,origin,certifications\n"
				+ "06901234000030,MR-1,rice,1200,KGM,2026-10-20,220581,gi\n";
		String bad = good + "06901234000030,MR-2,rice,-5,KGM,2026-10-20,220581,\n";
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CsvRejectedException rejected = assertThrows(CsvRejectedException.class,
					() -> store.importCsv(new BufferedReader(new StringReader(bad))));
			assertEquals(1, rejected.errors().size());
			assertEquals(0, store.batches().count());
			assertEquals(1, store.importCsv(new BufferedReader(new StringReader(good))));
			assertEquals(Set.of(Certification.GEOGRAPHICAL_INDICATION), store.batches().list().get(0).certifications());
		}
	}

	@Test
	void countsEventsPerLocalDay() {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		String code = demo.batches().get(0).code();
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			Map<LocalDate, Integer> perDay = store.events().countPerDay(code);
			long expected = demo.events().stream().filter(e -> e.mentions(code)).count();
			assertEquals(expected, perDay.values().stream().mapToInt(Integer::intValue).sum());
			assertEquals(expected, store.events().forItems(List.of(code)).size());
		}
	}
}
