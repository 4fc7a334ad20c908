package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.Lineage;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;

/**
 * A hand-built diamond: harvest lot A is split into B and C, which are merged
 * again into D; D goes to two shops.
 */
class TraceRepositoryTest {

	private static final String GTIN = "06901234000016";
	private static final String A = Identifiers.lot(GTIN, "A");
	private static final String B = Identifiers.lot(GTIN, "B");
	private static final String C = Identifiers.lot(GTIN, "C");
	private static final String D = Identifiers.lot(GTIN, "D");
	private static final String SHOP1 = "https://id.gs1.org/417/6901234000108";
	private static final String SHOP2 = "https://id.gs1.org/417/6901234000115";
	private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));

	@TempDir
	Path workspace;
	private TraceStore store;
	private List<EpcisEvent> events;

	@BeforeEach
	void diamond() {
		store = TraceStore.openWorkspace(workspace);
		events = List.of(
				EventBuilder.event(EventType.ObjectEvent, T0).action("ADD").bizStep("commissioning").quantity(A, kg(100), "KGM").build(),
				EventBuilder.event(EventType.TransformationEvent, T0.plusDays(1)).input(A, kg(100), "KGM")
						.output(B, kg(60), "KGM").output(C, kg(38), "KGM").build(),
				EventBuilder.event(EventType.TransformationEvent, T0.plusDays(2)).input(B, kg(60), "KGM")
						.input(C, kg(38), "KGM").output(D, kg(95), "KGM").build(),
				receipt(T0.plusDays(3), SHOP1, 60), receipt(T0.plusDays(3).plusHours(2), SHOP2, 35));
		EventRepository.Saved saved = store.save(List.of(), events);
		assertEquals(5, saved.inserted());
	}

	private static EpcisEvent receipt(OffsetDateTime t, String shop, int kg) {
		String site = shop.equals(SHOP1) ? "https://id.gs1.org/414/6901234001006" : "https://id.gs1.org/414/6901234001013";
		return EventBuilder.event(EventType.ObjectEvent, t).action("OBSERVE").bizStep("receiving")
				.bizLocation(site).quantity(D, kg(kg), "KGM")
				.destination(PartyRef.POSSESSING_PARTY, shop).build();
	}

	private static BigDecimal kg(int kg) {
		return BigDecimal.valueOf(kg);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void upstreamOfTheMergeReachesTheHarvestOnceThroughBothBranches() {
		Lineage up = store.traces().lineage(D, true);
		assertEquals(Set.of(B, C, A), up.items(true));
		assertEquals(List.of(A), up.ends(true));
		assertEquals(4, up.edges().size(), up.edges().toString());
	}

	@Test
	void downstreamOfTheHarvestReachesEveryLot() {
		Lineage down = store.traces().lineage(A, false);
		assertEquals(Set.of(B, C, D), down.items(false));
		assertEquals(List.of(D), down.ends(false));
	}

	@Test
	void traceGathersTheTimelineOfEveryLotInTheDiamond() {
		Trace trace = store.traces().trace(B);
		assertEquals(Set.of(A), trace.upstream().items(true));
		assertEquals(Set.of(D), trace.downstream().items(false));
		assertEquals(5, trace.all().events().size());
		assertEquals(2, trace.own().events().size());
	}

	@Test
	void recallOfTheHarvestNamesBothShopsAndTheirKilograms() {
		RecallImpact impact = store.traces().recall(A);
		assertEquals(RecallImpact.of(store.traces().trace(A)), impact, "the forward read finds what the full trace does");
		List<RecallImpact.Recipient> recall = impact.recipients().stream().filter(r -> r.how() == RecallImpact.Arrival.DELIVERED).toList();
		assertEquals(2, recall.size(), recall.toString());
		assertEquals(SHOP1, recall.get(0).party());
		assertEquals(0, recall.get(0).receivedKg().compareTo(kg(60)));
		assertEquals(SHOP2, recall.get(1).party());
		assertEquals(D, recall.get(1).item());
	}

	@Test
	void aDrillIsLoggedWithItsDurationAndCounts() {
		Instant started = T0.toInstant();
		store.drills().record(new RecallDrillRepository.Drill(A, started, started.plusSeconds(95), 7, 4, kg(95)));

		RecallDrillRepository.Drill logged = store.drills().all().get(0);
		assertEquals(A, logged.lot());
		assertEquals(95, logged.duration().toSeconds());
		assertEquals(7, logged.recipients());
		assertEquals(0, logged.heldKg().compareTo(kg(95)));
	}

	@Test
	void aDuplicateChangesNothingAndIsReported() {
		EventRepository.Saved again = store.save(List.of(), List.of(events.get(1)));
		assertEquals(0, again.inserted());
		assertEquals(List.of(events.get(1).hashId()), again.duplicates());
		assertEquals(5, store.events().count());
	}

	@Test
	void aDuplicateInABlockOfNewEventsLeavesOnlyTheNewOnesStored() {
		EpcisEvent inspection = EventBuilder.event(EventType.ObjectEvent, T0.plusDays(4)).action("OBSERVE")
				.bizStep("inspecting").quantity(D, kg(1), "KGM").build();
		int items = itemRows();
		EventRepository.Saved again = store.save(List.of(), List.of(inspection, events.get(1)));
		assertEquals(1, again.inserted());
		assertEquals(List.of(events.get(1).hashId()), again.duplicates());
		assertEquals(6, store.events().count());
		assertEquals(6L, store.outbox().countsByState().get(OutboxState.PENDING), "one outbox row per stored event");
		assertEquals(items + 1, itemRows(), "the inspection's one item, nothing of the duplicate");
	}

	@Test
	void aDuplicateBlocksAfterItsEventIsReportedAndNotStoredAgain() {
		List<EpcisEvent> inspections = IntStream.range(0, 600).mapToObj(i -> inspection(i).build()).toList();
		List<EpcisEvent> input = new ArrayList<>(inspections);
		input.add(events.get(1)); // stored before this save
		input.add(inspections.get(0)); // written 600 events earlier in this save
		EventRepository.Saved saved = store.save(List.of(), input);
		assertEquals(600, saved.inserted());
		assertEquals(List.of(events.get(1).hashId(), inspections.get(0).hashId()), saved.duplicates());
		assertEquals(605, store.events().count());
	}

	@Test
	void aDeclarationBlocksAfterItsEventIsRecordedOnIt() {
		List<EpcisEvent> input = new ArrayList<>(IntStream.range(0, 600).mapToObj(i -> inspection(i).build()).toList());
		EpcisEvent declaration = inspection(0).errorDeclaration(T0.plusDays(5), "incorrect_data", null).build();
		input.add(declaration);
		EventRepository.Saved saved = store.save(List.of(), input);
		assertEquals(600, saved.inserted());
		assertEquals(1, saved.declared());
		assertEquals(List.of(), saved.duplicates());
		assertNotNull(store.events().find(declaration.hashId()).orElseThrow().errorDeclaration());
	}

	private static EventBuilder inspection(int minute) {
		return EventBuilder.event(EventType.ObjectEvent, T0.plusDays(4).plusMinutes(minute)).action("OBSERVE")
				.bizStep("inspecting").quantity(D, kg(1), "KGM");
	}

	private int itemRows() {
		return StoreInternals.sql(store, c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM event_item"); ResultSet r = p.executeQuery()) {
				r.next();
				return r.getInt(1);
			}
		});
	}

	@Test
	void everyEventHasAPendingOutboxRow() {
		long pending = StoreInternals.sql(store, c -> {
			try (var r = c.createStatement()
					.executeQuery("SELECT COUNT(*) FROM anchor_outbox WHERE state = '" + OutboxState.PENDING.column() + "'")) {
				r.next();
				return r.getLong(1);
			}
		});
		assertEquals(5, pending);
	}

	@Test
	void editingAStoredEventInTheDatabaseIsDetected() {
		StoredEvent before = store.events().find(events.get(3).hashId()).orElseThrow();
		assertTrue(before.isIntact());
		StoreInternals.sql(store, c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE epcis_event SET json = REPLACE(json, '60', '600') WHERE id = ?")) {
				p.setLong(1, before.id());
				return p.executeUpdate();
			}
		});
		StoredEvent after = store.events().find(events.get(3).hashId()).orElseThrow();
		assertFalse(after.isIntact());
	}

	/** The guided scenario's insider edit: the receipt says 6 kg instead of 60, then 60 again, and nothing else changes. */
	@Test
	void theDemosInsiderEditChangesOnlyTheStoredJsonAndPutsItBack() {
		EpcisEvent receipt = events.get(3);
		StoredEvent before = store.events().find(receipt.hashId()).orElseThrow();

		assertEquals(1, store.events().tamperQuantity(receipt.hashId(), kg(60), kg(6)));
		StoredEvent tampered = store.events().find(receipt.hashId()).orElseThrow();
		assertFalse(tampered.isIntact(), "its content no longer gives its hash ID");
		assertTrue(tampered.event().json().toString().contains("\"quantity\":6,"), tampered.event().json().toString());
		assertEquals(0, kg(60).compareTo(StoreInternals.sql(store, c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT quantity FROM event_item WHERE event_id = ?")) {
				p.setLong(1, before.id());
				try (ResultSet r = p.executeQuery()) {
					r.next();
					return r.getBigDecimal(1);
				}
			}
		})), "its item row is as recorded");
		assertEquals(0, store.events().tamperQuantity(receipt.hashId(), kg(60), kg(6)), "it no longer says 60");

		assertEquals(1, store.events().tamperQuantity(receipt.hashId(), kg(6), kg(60)));
		StoredEvent restored = store.events().find(receipt.hashId()).orElseThrow();
		assertTrue(restored.isIntact());
		assertEquals(before.event().json(), restored.event().json());
	}

	@Test
	void aFailedSaveLeavesNoEventAndNoOutboxRow() {
		EpcisEvent extra = EventBuilder.event(EventType.ObjectEvent, T0.plusDays(5)).action("OBSERVE").bizStep("storing")
				.quantity(D, kg(1), "KGM").build();
		ProductBatch batch = new BatchValidator(Clock.systemUTC()).validate(GTIN, "X1",
				"rice", BigDecimal.ONE, "KGM", T0.toLocalDate(), "220581");
		assertThrows(StoreException.class, () -> store.save(List.of(batch, batch), List.of(extra)));
		assertEquals(5, store.events().count());
		assertTrue(store.events().find(extra.hashId()).isEmpty());
	}

	/**
	 * A chilled product's store log above 4 °C, and a milling that yields more
	 * rice than any mill gets, are warnings of the trace beside the rules' own:
	 * the Overview and {@code agritrace-cli trace} show them.
	 */
	@Test
	void aColdChainExcursionAndAnImplausibleYieldAreWarningsOfTheTrace() {
		Product beef = new Product("06901234000085", "延边黄牛肉", "Yanbian beef", "cattle", "KGM", StorageBand.CHILLED, false);
		Product rice = new Product("06901234000030", "梅河大米", "Meihe rice", "rice", "KGM", StorageBand.LOW_TEMPERATURE_GRAIN,
				false);
		store.masterData().register(List.of(), List.of(), List.of(beef, rice));
		String cuts = Identifiers.lot(beef.gtin(), "YBF1");
		String milled = Identifiers.lot(rice.gtin(), "MR1");
		String store1 = "https://id.gs1.org/414/6901234001006";
		EventBuilder log = StepEvents.storing(T0.plusDays(5), cuts, kg(50), "KGM", store1);
		String[] celsius = { "2", "7.5", "9", "3" };
		for (int i = 0; i < celsius.length; i++) {
			log.sensor(T0.plusDays(5).plusHours(i), "Temperature", new BigDecimal(celsius[i]), "CEL");
		}
		store.save(List.of(), List.of(log.build(),
				StepEvents.transformation(T0.plusDays(6), BizSteps.MILLING, store1).input(D, kg(95), "KGM")
						.output(milled, kg(90), "KGM").build()));

		List<String> beefWarnings = store.traces().trace(cuts).findings().stream().map(f -> f.text(Locale.ENGLISH)).toList();
		assertEquals(1, beefWarnings.size(), beefWarnings.toString());
		assertTrue(beefWarnings.get(0).startsWith("YBF1: ") && beefWarnings.get(0).contains("9 °C"), beefWarnings.get(0));
		List<String> riceWarnings = store.traces().trace(milled).findings().stream().map(f -> f.text(Locale.ENGLISH))
				.toList();
		assertTrue(riceWarnings.stream().anyMatch(w -> w.contains("94.7 %") && w.contains("68–72 %")), riceWarnings.toString());
	}
}
