package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.model.Location;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;

/** What the Record Event wizard offers on the demo data. */
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

	private static List<String> uris(List<Location> sites) {
		return sites.stream().map(Location::uri).toList();
	}
}
