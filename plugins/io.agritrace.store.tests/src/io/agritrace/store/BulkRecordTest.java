package io.agritrace.store;

import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.T;
import static io.agritrace.tests.harness.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
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
}
