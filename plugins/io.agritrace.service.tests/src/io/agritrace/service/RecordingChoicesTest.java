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

import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Gs1CheckDigit;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.TraceStore;

/** What the Record Event and Register Harvest wizards offer on the demo data. */
class RecordingChoicesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));

	@TempDir
	Path workspace;

	/** The issue saw all 14 sites, paddy fields included, whatever organisation was chosen. */
	@Test
	void aShipmentGoesOnlyToTheReceiversOwnSitesAndNeverToAField() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			RecordingChoices choices = RecordingChoices.read(store, Locale.ENGLISH);
			assertEquals(List.of(JilinMasterData.MEIHE_DRYER.uri()), uris(choices.receivingSites(JilinMasterData.MEIHE_COOP.uri())),
					"the cooperative's dryer, not its paddy fields");
			assertEquals(List.of(JilinMasterData.JILIN_MILL_SITE.uri()), uris(choices.receivingSites(JilinMasterData.JILIN_MILL.uri())));
			assertEquals(List.of(), uris(choices.receivingSites(JilinMasterData.FUSONG_FARM.uri())), "a garden receives nothing");
			assertEquals(List.of(), choices.receivingSites(null));
		}
	}

	/** The newcomer's receivers included the shipper itself and the county agriculture bureau. */
	@Test
	void aShipmentGoesToAnotherOrganisationThatReceivesGoods() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			List<String> receivers = choices(store).receivers(JilinMasterData.MEIHE_COOP.uri()).stream().map(Party::uri).toList();
			assertFalse(receivers.contains(JilinMasterData.MEIHE_COOP.uri()), "not the shipper itself");
			assertFalse(receivers.contains(JilinMasterData.FUSONG_BUREAU.uri()), "not an inspector: " + receivers);
			assertTrue(receivers.containsAll(List.of(JilinMasterData.JILIN_MILL.uri(), JilinMasterData.CHANGCHUN_COLD.uri(),
					JilinMasterData.SHOPS.get(3).uri())), String.valueOf(receivers));
			// The Fusong ginseng farm runs only its garden, where it harvests: nowhere to receive a shipment.
			assertFalse(receivers.contains(JilinMasterData.FUSONG_FARM.uri()), "a farm with no site to receive: " + receivers);
		}
	}

	/** The issue: a clerk of the cooperative shipping a lot was offered every organisation's sites as where it left from. */
	@Test
	void aStepOnALotIsWhereTheLotIsOrAtASiteOfTheOrganisationDoingIt() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			String coop = JilinMasterData.MEIHE_COOP.uri();
			String cold = JilinMasterData.CHANGCHUN_COLD_SITE.uri();
			assertEquals(List.of(cold, JilinMasterData.MEIHE_PADDY.uri(), JilinMasterData.MEIHE_DRYER.uri()),
					uris(choices(store).stepSites(coop, cold)), "the lot's site first, then the cooperative's own");
			assertEquals(List.of(JilinMasterData.MEIHE_DRYER.uri(), JilinMasterData.MEIHE_PADDY.uri()),
					uris(choices(store).stepSites(coop, JilinMasterData.MEIHE_DRYER.uri())), "its own site where the lot is, once");
			assertEquals(List.of(JilinMasterData.MEIHE_PADDY.uri(), JilinMasterData.MEIHE_DRYER.uri()),
					uris(choices(store).stepSites(coop, null)), "no lot chosen yet");
			assertEquals(List.of(), choices(store).stepSites(null, null));
			store.masterData().setActive(MasterDataKind.LOCATION, cold, false, "clerk", CLOCK.instant().atOffset(ZoneOffset.ofHours(8)));
			assertEquals(List.of(JilinMasterData.MEIHE_PADDY.uri(), JilinMasterData.MEIHE_DRYER.uri()),
					uris(choices(store).stepSites(coop, cold)), "a site no longer in use is not offered, even where the lot is");
		}
	}

	/** The newcomer harvested at the Yanji department store, and the lot's origin became Yanji. */
	@Test
	void aHarvestIsOnTheProducersOwnSitesOnly() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			Location warehouse = new Location(Gln.locationUri(Gs1CheckDigit.append("690123499999")), null, "测试仓库", null,
					null, null, JilinMasterData.MEIHE_COOP.uri(), false);
			Location unrun = new Location(Gln.locationUri(Gs1CheckDigit.append("690123499998")), "220581", "无人地块", null,
					null, null, null, false);
			store.masterData().register(List.of(), List.of(warehouse, unrun), List.of());
			HarvestChoices choices = HarvestChoices.read(store);
			assertEquals(List.of(JilinMasterData.MEIHE_PADDY.uri(), JilinMasterData.MEIHE_DRYER.uri(), warehouse.uri()),
					uris(choices.plots(JilinMasterData.MEIHE_COOP.uri())), "its own sites, one without a county too");
			assertEquals(List.of(unrun.uri()), uris(choices.plots(null)), "with no producer, the sites no one runs");
		}
	}

	/** The newcomer was offered the supermarkets and the bureau as a harvest's producer. */
	@Test
	void aHarvestIsProducedByAFarmOrACooperativeOnly() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(CLOCK).saveTo(store);
			List<String> producers = HarvestChoices.read(store).producers().stream().map(Party::uri).toList();
			assertTrue(producers.containsAll(List.of(JilinMasterData.MEIHE_COOP.uri(), JilinMasterData.FUSONG_FARM.uri())),
					String.valueOf(producers));
			assertFalse(producers.contains(JilinMasterData.JILIN_MILL.uri()) || producers.contains(JilinMasterData.SHOPS.get(0).uri())
					|| producers.contains(JilinMasterData.CHANGCHUN_COLD.uri()), String.valueOf(producers));
		}
	}

	private static RecordingChoices choices(TraceStore store) {
		return RecordingChoices.read(store, Locale.ENGLISH);
	}

	private static List<String> uris(List<Location> sites) {
		return sites.stream().map(Location::uri).toList();
	}
}
