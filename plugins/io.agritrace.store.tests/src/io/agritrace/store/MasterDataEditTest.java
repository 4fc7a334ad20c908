package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.MasterDataChange.Action;

class MasterDataEditTest {

	private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T10:15+08:00");
	private static final Party COOP = JilinMasterData.MEIHE_COOP;

	@TempDir
	Path workspace;

	@Test
	void anEditKeepsTheKeyAndEachChangedFieldIsKeptAcrossRestarts() {
		Party renamed = new Party(COOP.uri(), COOP.uscc(), COOP.gln(), "梅河口市水道镇稻米合作社", COOP.nameEn(), COOP.role(),
				COOP.county(), "0435-1234567", false);
		List<MasterDataChange> changes = List.of(
				MasterDataChange.edited(MasterDataKind.PARTY, COOP.uri(), "name_zh", COOP.nameZh(), renamed.nameZh(), "clerk", AT),
				MasterDataChange.edited(MasterDataKind.PARTY, COOP.uri(), "contact", COOP.contact(), "0435-1234567", "clerk", AT));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.masterData().register(List.of(COOP), List.of(), List.of());
			store.masterData().edit(renamed, changes);
		}
		try (TraceStore reopened = TraceStore.openWorkspace(workspace)) {
			assertEquals(List.of(renamed), reopened.masterData().parties());
			assertEquals(changes, reopened.masterData().history(MasterDataKind.PARTY, COOP.uri()));
		}
	}

	@Test
	void editingWhatIsNotRegisteredIsRefusedAndLogsNothing() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			StoreException refused = assertThrows(StoreException.class, () -> store.masterData().edit(COOP, List
					.of(MasterDataChange.edited(MasterDataKind.PARTY, COOP.uri(), "name_zh", "a", "b", "clerk", AT))));
			assertEquals(COOP.uri() + " is not registered in this workspace.", refused.text(Locale.ENGLISH));
			assertEquals(List.of(), store.masterData().parties());
			assertEquals(List.of(), store.masterData().history(MasterDataKind.PARTY, COOP.uri()));
		}
	}

	@Test
	void aDeactivatedSiteStaysInTheStoreButIsNoLongerOfferedUntilReactivated() {
		Location paddy = JilinMasterData.MEIHE_PADDY;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.masterData().register(List.of(COOP), JilinMasterData.LOCATIONS, List.of());
			store.masterData().setActive(MasterDataKind.LOCATION, paddy.uri(), false, "clerk", AT);
			store.masterData().setActive(MasterDataKind.LOCATION, paddy.uri(), false, "clerk", AT.plusMinutes(1));

			assertEquals(JilinMasterData.LOCATIONS.size(), store.masterData().locations().size());
			assertEquals(Set.of(paddy.uri()), store.masterData().inactive(MasterDataKind.LOCATION));
			assertFalse(store.masterData().activeLocations().contains(paddy));
			assertEquals(JilinMasterData.LOCATIONS.size() - 1, store.masterData().activeLocations().size());
			// Registering the site again (an import, the CLI) does not bring it back by the way.
			store.masterData().register(List.of(), List.of(paddy), List.of());
			assertFalse(store.masterData().activeLocations().contains(paddy));

			store.masterData().setActive(MasterDataKind.LOCATION, paddy.uri(), true, "chief", AT.plusHours(1));
			assertTrue(store.masterData().activeLocations().contains(paddy));
			assertEquals(List.of(MasterDataChange.of(MasterDataKind.LOCATION, paddy.uri(), Action.DEACTIVATED, "clerk", AT),
					MasterDataChange.of(MasterDataKind.LOCATION, paddy.uri(), Action.REACTIVATED, "chief", AT.plusHours(1))),
					store.masterData().history(MasterDataKind.LOCATION, paddy.uri()), "deactivating twice is one change");
		}
	}

	@Test
	void whatEventsOrLotsReferToIsNotDeletedAndTheRefusalSaysWhy() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			MasterDataRepository data = store.masterData();
			for (MasterDataKind kind : MasterDataKind.values()) {
				String key = switch (kind) {
				case PARTY -> JilinMasterData.CHANGCHUN_COLD.uri();
				case LOCATION -> JilinMasterData.CHANGCHUN_COLD_SITE.uri();
				case PRODUCT -> JilinMasterData.MEIHE_RICE.gtin();
				};
				assertTrue(data.referenced(kind, key), key);
				StoreException refused = assertThrows(StoreException.class, () -> data.delete(kind, key, "clerk", AT));
				assertTrue(refused.text(Locale.ENGLISH).startsWith(key + " cannot be deleted: events, lots or sites refer"),
						refused.text(Locale.ENGLISH));
				assertEquals(List.of(), data.history(kind, key));
			}
			assertTrue(data.party(JilinMasterData.CHANGCHUN_COLD.uri()).isPresent());
			assertTrue(data.location(JilinMasterData.CHANGCHUN_COLD_SITE.uri()).isPresent());
			assertTrue(data.product(JilinMasterData.MEIHE_RICE.gtin()).isPresent());
		}
	}

	@Test
	void whatNothingRefersToIsDeletedAndItsDeletionIsKept() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			MasterDataRepository data = store.masterData();
			data.register(List.of(COOP, JilinMasterData.JILIN_MILL), List.of(JilinMasterData.JILIN_MILL_SITE),
					List.of(JilinMasterData.MEIHE_RICE));
			assertTrue(data.referenced(MasterDataKind.PARTY, JilinMasterData.JILIN_MILL.uri()), "the mill runs a site");
			assertFalse(data.referenced(MasterDataKind.PARTY, COOP.uri()));
			assertFalse(data.referenced(MasterDataKind.PRODUCT, JilinMasterData.MEIHE_RICE.gtin()));

			data.delete(MasterDataKind.PARTY, COOP.uri(), "clerk", AT);
			data.delete(MasterDataKind.PRODUCT, JilinMasterData.MEIHE_RICE.gtin(), "clerk", AT);

			assertEquals(List.of(JilinMasterData.JILIN_MILL), data.parties());
			assertEquals(List.of(), data.products());
			assertEquals(List.of(MasterDataChange.of(MasterDataKind.PARTY, COOP.uri(), Action.DELETED, "clerk", AT)),
					data.history(MasterDataKind.PARTY, COOP.uri()));
			assertThrows(StoreException.class, () -> data.delete(MasterDataKind.PARTY, COOP.uri(), "clerk", AT));
		}
	}
}
