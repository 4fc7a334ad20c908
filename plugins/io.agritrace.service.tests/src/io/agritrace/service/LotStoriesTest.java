package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

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

	/**
	 * The issue: the Recall page showed the kilograms of a receipt edited in the database like any other. The story
	 * says which lot at which place an altered record (a mismatch Verify on Chain stored) is about, and no other.
	 */
	@Test
	void aRecordFoundAlteredMarksItsLotAtItsPlaceOnly() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			DemoDataSet demo = new DemoDataSet(Clock.systemDefaultZone());
			demo.saveTo(store);
			ProductBatch paddy = demo.batches().get(0);
			LotStory before = new LotStories(store).read(paddy.code(), Locale.ENGLISH);
			EpcisEvent receipt = before.trace().all().events().stream().filter(e -> BizSteps.RECEIVING.equals(e.bizStep()))
					.findFirst().orElseThrow();
			String lot = receipt.mentioned().iterator().next();
			assertFalse(before.altered(lot, receipt.bizLocation()), "nothing found altered yet");

			store.verdicts().record(Map.of(receipt.hashId(), VerdictRepository.Verdict.MISMATCH), List.of(), Instant.now());
			LotStory after = new LotStories(store).read(paddy.code(), Locale.ENGLISH);

			assertTrue(after.altered(lot, receipt.bizLocation()));
			assertEquals(1, after.recall().recipients().stream().filter(r -> after.altered(r.item(), r.location())).count(),
					"one holder of the recall list is marked: " + after.recall().recipients());
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
