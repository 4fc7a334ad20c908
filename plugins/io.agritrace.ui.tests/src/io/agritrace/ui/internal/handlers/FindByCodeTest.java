package io.agritrace.ui.internal.handlers;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.CodeKind;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * File > Find by Code and the Mock Recall Drill take the lot number the
 * navigator shows, say what they read it as, offer a choice when products
 * share it, and the drill starts with the lot in front.
 */
class FindByCodeTest extends WorkbenchTestCase {

	private NavigatorBot navigator;
	private FindByCodeBot finder;

	@Override
	protected void setUp() {
		navigator = NavigatorBot.show(page).withBatches();
		finder = new FindByCodeBot(page.getWorkbenchWindow());
	}

	@Override
	protected void tearDown() {
		page.closeAllEditors(false);
	}

	@Test
	void theLotNumberTheNavigatorShowsOpensItsBatchAndTheStatusLineSaysSo() throws Exception {
		int row = navigator.rowOf(JilinMasterData.PADDY.gtin());
		ProductBatch batch = navigator.batch(row);
		finder.find(navigator.cell(row, navigator.column(io.agritrace.ui.internal.views.Messages.BatchNavigator_columnLot)));
		waitUntil("the batch's editor in front", TIMEOUT_MS, () -> batch.code().equals(inFront()));
		String said = NLS.bind(Messages.CodeLookup_found, new Object[] { CodeKind.LOT_NUMBER.label(WorkbenchLanguage.current()),
				batch.lot(), product(batch), batch.lot(), batch.traceCode() });
		waitUntil("the status line: " + said, TIMEOUT_MS, () -> finder.statusLineSays(said));
		screenshot("find-by-lot-number");
	}

	@Test
	void aLotNumberTwoProductsShareIsOfferedAsAChoice() {
		ProductBatch batch = navigator.batch(navigator.rowOf(JilinMasterData.FRESH_GINSENG.gtin()));
		// Another product, county and harvest, oldest of its product: the batches other tests take first stay first.
		ProductBatch twin = new BatchValidator(Clock.systemDefaultZone()).validate(JilinMasterData.YANBIAN_BEEF.gtin(), batch.lot(),
				"twin", BigDecimal.ONE, "KGM", LocalDate.of(2020, 1, 1), "222405");
		TraceStore store = service(WorkspaceStore.class).get();
		if (store.batches().find(twin.code()).isEmpty()) {
			int before = navigator.rows();
			store.batches().saveAll(List.of(twin));
			// As a registration does: the navigator lists it, so that tests that count its rows count it.
			StoreTopics.post(StoreTopics.BATCHES, twin.code());
			waitUntil("the twin listed", TIMEOUT_MS, () -> navigator.rows() == before + 1);
			waitForJobs(TIMEOUT_MS);
		}

		finder.choosing(twin.traceCode()).find(batch.lot());
		waitUntil("the chosen batch's editor in front", TIMEOUT_MS, () -> twin.code().equals(inFront()));
		assertEquals(2, finder.choices().size(), finder.choices().toString());
		assertTrue(finder.choices().stream().anyMatch(row -> row.contains(batch.traceCode()) && row.contains(product(batch))),
				finder.choices().toString());
		assertTrue(finder.choices().stream().allMatch(row -> row.contains(batch.lot())), "each row names the lot");
	}

	/** The newcomer's Ctrl+F, which tour.md promised, did nothing: the platform's Find/Replace held the same keys. */
	@Test
	void ctrlFFindsALot() throws Exception {
		TriggerSequence bound = service(IBindingService.class).getBestActiveBindingFor("io.agritrace.ui.commands.findByCode");
		assertEquals(KeySequence.getInstance("M1+F"), bound);
	}

	@Test
	void theDrillStartsWithTheLotInFront() {
		int row = navigator.rowOf(JilinMasterData.MEIHE_RICE.gtin());
		ProductBatch batch = navigator.batch(row);
		navigator.open(row).loaded();
		assertEquals(batch.traceCode(), finder.drillTheProposedLot(), "the drill proposes the open lot");
		BatchEditorBot editor = BatchEditorBot.of(page.getActiveEditor());
		waitUntil("the drill's clock running", TIMEOUT_MS, editor::drillRunning);
		assertEquals(batch.code(), inFront());
	}

	private String product(ProductBatch batch) {
		return service(WorkspaceStore.class).get().masterData().productName(batch.gtin().toString(), WorkbenchLanguage.current())
				.orElseThrow();
	}

	/** The code of the lot whose Batch editor is in front, or null. */
	private String inFront() {
		return page.getActiveEditor() != null && page.getActiveEditor().getEditorInput() instanceof BatchEditorInput input
				? input.batch().code()
				: null;
	}
}
