package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.LineageGraph;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.service.LotVerdict;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.jobs.ExportTraceJob;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * The Recall page of a demo paddy lot: the flow from the paddy field to the
 * Changchun shops, the holders with their telephones and kilograms, and a
 * mock-recall drill that ends when the list is exported.
 */
class RecallPageTest extends WorkbenchTestCase {

	private NavigatorBot navigator;

	@Override
	protected void setUp() {
		navigator = NavigatorBot.show(page).withBatches();
	}

	/** The navigator is the workbench's, shared with the tests that run next: they expect no filter. */
	@Override
	protected void tearDown() {
		navigator.filter(""); //$NON-NLS-1$
	}

	@Test
	void aPaddyLotsRecallReachesEveryShopAndADrillIsTimedUntilTheListIsExported() throws Exception {
		navigator.filter(JilinMasterData.PADDY.gtin());
		ProductBatch paddy = navigator.batch(0);
		BatchEditorBot editor = navigator.open(0).loaded();
		TraceStore store = service(WorkspaceStore.class).get();
		RecallImpact recall = RecallImpact.of(store.traces().trace(paddy.code()));
		int drillsBefore = store.drills().all().size();

		assertEquals(recall.recipients().size(), editor.recallRows());
		assertEquals(List.of(), editor.recallHeadersCut(), "every header shows whole, in either language");
		List<String> outOfSight = editor.recallColumnsOutOfSight();
		for (String column : List.of(Messages.Recall_columnHolder, Messages.Recall_columnReceived, Messages.Recall_columnHeld)) {
			assertFalse(outOfSight.contains(column), column + " in sight, the editor beside the navigator: " + outOfSight);
		}
		// Shared out to fit, the holders, places and lots were cut short ("Changchun Chao"): each whole, the rest a scroll away.
		assertEquals(List.of(), editor.recallColumnsCut(), "every name whole");
		LineageGraph flow = editor.recallFlow();
		long shops = flow.nodes().stream()
				.filter(n -> JilinMasterData.SHOP_SITES.stream().anyMatch(s -> n.id().endsWith("@" + s.uri()))).count(); //$NON-NLS-1$
		assertEquals(3, shops, "the paddy's rice reached three Changchun shops");
		assertTrue(flow.links().stream().allMatch(l -> l.kg() > 0), "every link is as wide as its kilograms");
		// A verdict colours the flow as it colours the Provenance page's graph: a newcomer saw them disagree.
		StoreTopics.post(StoreTopics.VERIFIED, new StoreTopics.Verified(paddy.code(), LotVerdict.MISMATCH));
		waitUntil("the verdict in the flow", TIMEOUT_MS,
				() -> editor.recallFlow().nodes().stream().anyMatch(n -> n.state() == LineageGraph.State.MISMATCH));
		// The lot changes for the navigator, which the tests after this one read: its mark follows the anchors again.
		StoreTopics.post(StoreTopics.EVENTS, paddy.code());
		// Opened readable around the lot, not fitted to the width; every shop at once on request.
		assertTrue(editor.graphTextPoints(true, false) >= ChartTheme.SMALLEST_POINTS, "the flow's text as opened");
		// A flow of a row or two of lots left wide blank bands above and below it, the table short of room.
		assertTrue(editor.recallFlowBlank() < 40, "the flow fills its area as opened: " + editor.recallFlowBlank() + " px blank");
		screenshot("recall-flow-opened");
		assertTrue(editor.graphShownWhole(true), "every shop on request: the whole flow in view");

		editor.startDrill(Instant.now().minusSeconds(65));
		assertTrue(editor.drillText().contains("1:0"), editor.drillText());
		assertTrue(editor.drillClockWhole(), "the clock whole beside the navigator: " + editor.drillText());
		screenshot("recall-drill");
		Path csv = Files.createTempFile("recall", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		editor.exportRecall(csv);
		waitUntil("the drill logged", 30_000, () -> store.drills().all().size() == drillsBefore + 1); //$NON-NLS-1$
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(1 + recall.recipients().size(), rows.size(), String.join("\n", rows)); //$NON-NLS-1$
		RecallDrillRepository.Drill drill = store.drills().all().get(0);
		assertEquals(paddy.code(), drill.lot());
		assertTrue(drill.duration().toSeconds() >= 65, drill.toString());
		String time = String.format("%d:%02d", drill.duration().toMinutes(), drill.duration().toSecondsPart()); //$NON-NLS-1$
		String done = NLS.bind(Messages.Recall_drillDone, time, recall.recipients().size());
		waitUntil("the drill's end shown", 30_000, () -> editor.drillText().equals(done)); //$NON-NLS-1$
		screenshot("recall-flow");
		Files.delete(csv);
	}

	/** The newcomer's "MR2611-00014_梅河大米-recall.csv" in Chinese: the list's file is named in the reader's words. */
	@Test
	void theListsFileIsNamedInTheReadersLanguage() {
		String lot = "MR2611-00014 \u6885\u6cb3\u5927\u7c73";
		boolean chinese = Locale.getDefault().getLanguage().equals("zh");
		assertEquals("MR2611-00014_\u6885\u6cb3\u5927\u7c73" + (chinese ? "_\u53ec\u56de" : "-recall") + ".csv",
				RecallPage.fileName(lot, ExportTraceJob.Format.RECALL));
		assertEquals("MR2611-00014_\u6885\u6cb3\u5927\u7c73.jsonld", RecallPage.fileName(lot, ExportTraceJob.Format.EPCIS));
	}
}
