package io.agritrace.ui.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;

class TraceModelTest {

	@TempDir
	Path workspace;

	@Test
	void lotsAreNamedByLotNumberAndProductInTheUsersLanguage() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			new DemoDataSet(Clock.systemDefaultZone()).saveTo(store);
			ProductBatch paddy = store.batches().list().stream()
					.filter(b -> Identifiers.gtin(b.code()).equals(Optional.of(JilinMasterData.PADDY.gtin()))).findFirst()
					.orElseThrow();
			TraceModel model = TraceModel.read(store, paddy.code());

			Product driedPaddy = JilinMasterData.DRIED_PADDY;
			String dried = model.trace().downstream().edges().stream().map(LineageEdge::to)
					.filter(lot -> Identifiers.gtin(lot).equals(Optional.of(driedPaddy.gtin()))).findFirst().orElseThrow();
			assertTrue(store.batches().find(dried).isEmpty(), "the dried paddy is a lot no one registered");
			String product = DisplayLanguage.pick(DisplayLanguage.current(), driedPaddy.nameZh(), driedPaddy.nameEn());
			assertEquals(Identifiers.lotNumber(dried).orElseThrow() + "  " + product, model.name(dried));
			Product paddyProduct = JilinMasterData.PADDY;
			String paddyName = DisplayLanguage.pick(DisplayLanguage.current(), paddyProduct.nameZh(), paddyProduct.nameEn());
			assertEquals(paddy.lot() + "  " + paddyName, model.name(paddy.code()), "a registered batch, named the same way");
		}
	}
}
