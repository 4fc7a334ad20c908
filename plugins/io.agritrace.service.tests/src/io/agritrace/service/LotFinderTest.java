package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.CodeKind;
import io.agritrace.store.TraceStore;

/** A lot number two products share is offered as a choice: each batch with its product and holders, named in the language asked. */
class LotFinderTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));

	@Test
	void aSharedLotNumberGivesEachBatchWithItsProductAndHolders(@TempDir Path workspace) {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			ProductBatch paddy = demo.batches().stream().filter(b -> b.gtin().toString().equals(JilinMasterData.PADDY.gtin()))
					.findFirst().orElseThrow();
			ProductBatch twin = new BatchValidator(CLOCK).validate(JilinMasterData.FRESH_GINSENG.gtin(), paddy.lot(), "人参",
					BigDecimal.ONE, "KGM", paddy.harvestDate(), "220621");
			store.batches().saveAll(List.of(twin));
			LotFinder finder = new LotFinder(store);

			LotFinder.Found english = finder.find(paddy.lot(), Locale.ENGLISH);
			assertEquals(CodeKind.LOT_NUMBER, english.match().kind());
			assertEquals(List.of(paddy, twin).stream().sorted(java.util.Comparator.comparing(ProductBatch::code)).toList(),
					english.batches().stream().map(LotFinder.Candidate::batch).toList());
			LotFinder.Candidate paddyChoice = english.batches().stream().filter(c -> c.batch().equals(paddy)).findFirst()
					.orElseThrow();
			assertEquals(JilinMasterData.PADDY.nameEn(), paddyChoice.product());
			assertFalse(paddyChoice.holders().isEmpty());
			LotFinder.Candidate chinese = finder.find(paddy.lot(), Locale.SIMPLIFIED_CHINESE).batches().stream()
					.filter(c -> c.batch().equals(paddy)).findFirst().orElseThrow();
			assertEquals(JilinMasterData.PADDY.nameZh(), chinese.product());

			LotFinder.Found exact = finder.find(twin.traceCode(), Locale.ENGLISH);
			assertEquals(CodeKind.TRACE_CODE, exact.match().kind());
			assertEquals(List.of(twin), exact.batches().stream().map(LotFinder.Candidate::batch).toList());
			assertTrue(exact.batches().get(0).holders().size() == 1, "a lot no event names is held by nobody known");
		}
	}
}
