package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;

/** A lot's story names the lots of its lineage by lot number and product, in the language asked. */
class LotStoriesTest {

	@TempDir
	Path workspace;

	@Test
	void lotsAreNamedByLotNumberAndProductInTheLanguageAsked() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(Clock.systemDefaultZone()).saveTo(store);
			ProductBatch cattle = first(store, JilinMasterData.YANBIAN_CATTLE.gtin());
			ProductBatch paddy = first(store, JilinMasterData.PADDY.gtin());
			for (Locale language : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
				LotStory story = new LotStories(store).read(cattle.code(), language);

				String carcass = downstream(story, JilinMasterData.YANBIAN_CARCASS.gtin());
				assertTrue(store.batches().find(carcass).isEmpty(), "the carcass is a lot no one registered");
				assertEquals(Identifiers.lotNumber(carcass).orElseThrow() + "  " + JilinMasterData.YANBIAN_CARCASS.name(language),
						story.name(carcass));
				assertEquals(cattle.lot() + "  " + JilinMasterData.YANBIAN_CATTLE.name(language), story.name(cattle.code()),
						"a registered batch, named the same way");

				String dried = downstream(new LotStories(store).read(paddy.code(), language), JilinMasterData.DRIED_PADDY.gtin());
				assertTrue(store.batches().find(dried).isPresent(), "the dried paddy is registered as a batch");
			}
		}
	}

	private static ProductBatch first(TraceStore store, String gtin) {
		return store.batches().list().stream().filter(b -> Identifiers.gtin(b.code()).equals(Optional.of(gtin))).findFirst()
				.orElseThrow();
	}

	private static String downstream(LotStory story, String gtin) {
		return story.trace().downstream().edges().stream().map(LineageEdge::to)
				.filter(lot -> Identifiers.gtin(lot).equals(Optional.of(gtin))).findFirst().orElseThrow();
	}
}
