package io.agritrace.store;

import static io.agritrace.tests.harness.CoopToMill.COOP;
import static io.agritrace.tests.harness.CoopToMill.FIELD;
import static io.agritrace.tests.harness.CoopToMill.MILL;
import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.T;
import static io.agritrace.tests.harness.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.tests.harness.CoopToMill;

/** A clerk's bulk entry: each event judged after the ones before it, all stored in one transaction or none. */
class BulkRecordTest {

	@TempDir
	Path workspace;

	@Test
	void aReceiptFollowsItsShipmentInTheSameBatchAndABadRowKeepsTheWholeBatchOut() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			EpcisEvent shipped = StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(600), "KGM", TO_MILL).build();
			EpcisEvent received = StepEvents.receiving(T.plusDays(1).plusHours(4), PADDY, BigDecimal.valueOf(600), "KGM", TO_MILL)
					.build();
			EpcisEvent tooMuch = StepEvents.shipping(T.plusDays(2), PADDY, BigDecimal.valueOf(500), "KGM", TO_MILL).build();
			long before = store.events().count();

			List<List<RuleViolation>> checked = store.importer().checkAll(List.of(shipped, received, tooMuch));
			assertEquals(List.of(), checked.get(0));
			assertEquals(List.of(), checked.get(1), "the receipt is judged after its shipment");
			assertEquals(List.of("quantityList"), checked.get(2).stream().map(RuleViolation::field).toList(),
					"only 400 kg are left at the field");
			assertEquals(before, store.events().count(), "checking writes nothing");

			assertThrows(RulesBrokenException.class, () -> store.importer().recordAll(List.of(shipped, received, tooMuch)));
			assertEquals(before, store.events().count(), "all or nothing");
			assertEquals(2, store.importer().recordAll(List.of(shipped, received)).inserted());
			assertTrue(store.holdings().all().inTransit().isEmpty());
		}
	}

	/**
	 * The issue: a CSV row shipped 999,999 kg of a lot from a site its holder
	 * had left; the preview passed it and the store kept it. Checked and stored
	 * as the import does, it is refused, as is the same row from where the lot is.
	 */
	@Test
	void aCsvRowShippingFromASiteTheLotLeftIsRefusedLikeOneShippingMoreThanIsHeld() throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			store.importer().recordAll(List.of(CoopToMill.shipping(),
					StepEvents.receiving(T.plusDays(1).plusHours(4), PADDY, BigDecimal.valueOf(1000), "KGM", TO_MILL).build()));
			String fromField = csvRow(FIELD, "999999", T.plusDays(2));
			String fromMill = csvRow(MILL_SITE, "999999", T.plusDays(2));
			long before = store.events().count();

			for (String row : List.of(fromField, fromMill)) {
				List<EpcisEvent> events = csv(row);
				List<List<RuleViolation>> checked = store.importer().checkAll(events);
				assertEquals(List.of("quantityList"), checked.get(0).stream().map(RuleViolation::field).toList(), row);
				assertThrows(RulesBrokenException.class, () -> store.importer().recordAll(events), row);
			}
			assertTrue(store.importer().checkAll(csv(fromField)).get(0).get(0).rule(Locale.ENGLISH)
					.contains("only 0 kg of it are held there"));
			assertEquals(before, store.events().count(), "nothing is stored");
		}
	}

	/** The mill shipping paddy from a site to the cooperative, as a row of a day's CSV. */
	private static String csvRow(String site, String kg, OffsetDateTime at) {
		return String.join(",", "shipping", "06901234000016", "MH-1", kg, "KGM", Gln.ofUri(MILL), Gln.ofUri(site),
				Gln.ofUri(COOP), Gln.ofUri(FIELD), at.toString());
	}

	private static List<EpcisEvent> csv(String... rows) throws Exception {
		String file = String.join(",", EventsCsv.COLUMNS) + "\n" + String.join("\n", rows) + "\n";
		EventsCsv.Result read = EventsCsv.read(new BufferedReader(new StringReader(file)), Clock.fixed(T.toInstant(), T.getOffset()));
		assertEquals(List.of(), read.errors());
		return read.rows().stream().map(EventsCsv.Row::event).toList();
	}
}
