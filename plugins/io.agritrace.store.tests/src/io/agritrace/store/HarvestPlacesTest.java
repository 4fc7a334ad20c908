package io.agritrace.store;

import static io.agritrace.tests.harness.CoopToMill.FIELD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.tests.harness.CoopToMill;

/**
 * The places to which no shipment goes, read each time the Record Event
 * wizard opens: found through an index, not by reading every event.
 */
class HarvestPlacesTest {

	@TempDir
	Path workspace;

	@Test
	void theFieldOfAHarvestIsAHarvestPlaceFoundThroughTheIndex() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			assertEquals(Set.of(FIELD), store.masterData().harvestPlaces(), "the field, not the mill's site");

			String plan = StoreInternals.sql(store, c -> {
				try (PreparedStatement s = c.prepareStatement("EXPLAIN " + MasterDataRepository.HARVEST_PLACES)) {
					s.setString(1, BizSteps.shortName(BizSteps.HARVESTING));
					try (ResultSet r = s.executeQuery()) {
						r.next();
						return r.getString(1).toUpperCase(Locale.ROOT);
					}
				}
			});
			assertTrue(plan.contains("IX_EVENT_LOCATION_STEP"), plan);
			assertFalse(plan.contains("EPCIS_EVENT.TABLESCAN"), plan);
		}
	}
}
