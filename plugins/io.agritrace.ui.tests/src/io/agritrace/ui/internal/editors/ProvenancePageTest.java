package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ui.Layer;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.DrawingExport;
import io.agritrace.charts.JourneyMap;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.LineageLayout;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorSeries;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.service.ProvenanceCharts;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * The Provenance page of demo lots: a rice lot's lineage back to the paddy,
 * its custody from the Meihekou dryer to the Changchun shops, its store's
 * temperatures against the grain band, its journey and its milling yield; a
 * beef lot's chilled chain.
 */
class ProvenancePageTest extends WorkbenchTestCase {

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

	private BatchEditorBot open(String gtin) {
		navigator.filter(gtin);
		return navigator.open(0).loaded();
	}

	@Test
	void theChartsAreBuiltWhileTheOverviewIsInFront() {
		BatchEditorBot editor = open(JilinMasterData.MEIHE_RICE.gtin());
		// Until no work is left: the Chain page's verification, once heard, builds the charts again with its verdict.
		do {
			waitForJobs(TIMEOUT_MS);
		} while (!Job.getJobManager().isIdle());

		assertNotNull(editor.provenanceAtOnce(), "the page shows its charts as it is first shown");
	}

	@Test
	void aRiceLotShowsItsWayFromThePaddyFieldsToTheChangchunShops() throws Exception {
		BatchEditorBot editor = open(JilinMasterData.MEIHE_RICE.gtin());
		ProvenanceCharts charts = editor.provenance();

		List<LineageGraph.Node> nodes = charts.lineage().placed().graph().nodes();
		Set<String> gtins = nodes.stream().map(n -> Identifiers.gtin(n.item()).orElse("")).collect(Collectors.toSet()); //$NON-NLS-1$
		assertEquals(Set.of(JilinMasterData.PADDY.gtin(), JilinMasterData.DRIED_PADDY.gtin(), JilinMasterData.MEIHE_RICE.gtin()),
				gtins, "back to the harvested paddy");
		assertTrue(nodes.stream().anyMatch(n -> n.id().endsWith("@" + JilinMasterData.MEIHE_PADDY.uri())), "the paddy field"); //$NON-NLS-1$
		long shops = nodes.stream().filter(n -> JilinMasterData.SHOP_SITES.stream().anyMatch(s -> n.id().endsWith("@" //$NON-NLS-1$
				+ s.uri())))
				.count();
		assertEquals(3, shops, "the demo splits each rice lot between three Changchun shops");

		TaskSeriesCollection custody = (TaskSeriesCollection) charts.custody().chart().getCategoryPlot().getDataset();
		List<?> rows = custody.getColumnKeys();
		assertTrue(rows.contains(place(JilinMasterData.JILIN_MILL_SITE.uri())), rows.toString());
		assertTrue(rows.contains(place(JilinMasterData.CHANGCHUN_COLD_SITE.uri())), rows.toString());
		assertTrue(JilinMasterData.SHOP_SITES.stream().anyMatch(s -> rows.contains(place(s.uri()))), "a shop: " + rows);

		List<String> places = charts.journey().places().stream().map(JourneyMap.Place::uri).toList();
		assertTrue(places.containsAll(List.of(JilinMasterData.MEIHE_DRYER.uri(), JilinMasterData.JILIN_MILL_SITE.uri(),
				JilinMasterData.CHANGCHUN_COLD_SITE.uri())), places.toString());
		assertTrue(charts.journey().arrows().size() >= 5, "dryer to mill, mill to store, store to each shop");
		assertTrue(charts.journey().places().stream().allMatch(p -> p.longitude() > 121 && p.longitude() < 132));

		assertEquals(StorageBand.LOW_TEMPERATURE_GRAIN, charts.band());
		assertTrue(charts.sensors().chart().getXYPlot().getDataset().getItemCount(0) >= 5,
				"the cold store's log and the trucks'");
		MassBalance milling = charts.balances().stream().filter(b -> BizSteps.shortName(BizSteps.MILLING).equals(b.bizStep()))
				.findFirst().orElseThrow();
		assertFalse(milling.implausible(), "the demo mills 68-72 % of its dried paddy: " + milling.yieldPercent());

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		DrawingExport.png(charts.lineage(), png);
		assertTrue(ImageIO.read(new ByteArrayInputStream(png.toByteArray())).getWidth() > 0, "the lineage exports");

		// Opened readable around the lot; on request all of it as an overview, however small; readable again after.
		assertTrue(editor.graphTextPoints(false, false) >= ChartTheme.SMALLEST_POINTS, "lineage text as opened");
		screenshot("provenance-rice-lineage-opened");
		// At 1280 the lineage's hint ran under the form's scroll bar.
		assertEquals(List.of(), editor.provenanceTextsCut(), "every sentence whole");
		assertTrue(editor.graphShownWhole(false), "the whole graph in view, from the paddy field to every shop");
		screenshot("provenance-rice-lineage-whole");
		assertTrue(editor.graphTextPoints(false, false) >= ChartTheme.SMALLEST_POINTS, "readable again once unticked");

		DrawingCanvas journey = editor.provenanceChart(2);
		assertEquals(6, Arrays.stream(journey.getMenu().getItems()).filter(i -> !i.getText().isEmpty()).count(),
				"copy, PNG, SVG, zoom in, zoom out, fit");
		Path svg = Files.createTempFile("journey", ".svg"); //$NON-NLS-1$ //$NON-NLS-2$
		Job export = DrawingCanvas.export(journey.drawing(), svg, DrawingExport::svg);
		export.schedule();
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		assertTrue(Files.readString(svg).contains(place(JilinMasterData.JILIN_MILL_SITE.uri())), "the map's place names");
		Files.delete(svg);

		List<String> pictures = List.of("lineage", "custody", "journey", "sensors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"mass-balance"); //$NON-NLS-1$
		for (int i = 0; i < pictures.size(); i++) {
			editor.provenanceChart(i);
			screenshot("provenance-rice-" + pictures.get(i)); //$NON-NLS-1$
		}
	}

	@Test
	void aBeefLotShowsItsChilledChain() throws Exception {
		ProvenanceCharts charts = open(JilinMasterData.YANBIAN_BEEF.gtin()).provenance();

		assertEquals(StorageBand.CHILLED, charts.band());
		assertTrue(charts.sensors().chart().getXYPlot().getDataset().getItemCount(0) >= 3, "the trucks' hourly log");
		Collection<?> stripes = charts.sensors().chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
		assertEquals(charts.excursions().size(), stripes == null ? 0 : stripes.size(), "one stripe per excursion");
		LineageGraph.Node focus = charts.lineage().placed().nodes().stream().map(LineageLayout.PlacedNode::node)
				.filter(LineageGraph.Node::focus).findFirst().orElseThrow();
		assertEquals(JilinMasterData.YANBIAN_BEEF.gtin(), Identifiers.gtin(focus.item()).orElseThrow());
		assertTrue(charts.batches().containsKey(focus.item()), "a registered lot, which a double-click opens");
		screenshot("provenance-beef"); //$NON-NLS-1$
	}

	/**
	 * Fresh ginseng travels cool and moist: the truck of a lot that passed its
	 * inspection logs the relative humidity, drawn on its own axis.
	 */
	@Test
	void aFreshGinsengLotShowsItsTrucksHumidity() throws Exception {
		navigator.filter(JilinMasterData.FRESH_GINSENG.gtin());
		int lots = navigator.rows();
		ProvenanceCharts humid = null;
		BatchEditorBot shown = null;
		for (int row = 0; row < lots && humid == null; row++) {
			BatchEditorBot editor = navigator.open(row).loaded();
			ProvenanceCharts charts = editor.provenance();
			if (charts.sensors().chart().getXYPlot().getDatasetCount() > 1) {
				humid = charts;
				shown = editor;
			}
		}
		assertTrue(humid != null, "one of the " + lots + " fresh ginseng lots was shipped");
		XYDataset humidity = humid.sensors().chart().getXYPlot().getDataset(1);
		for (int i = 0; i < humidity.getItemCount(0); i++) {
			double percent = humidity.getYValue(0, i);
			assertTrue(percent >= 85 && percent <= 95, "the demo's trucks keep 85-95 %: " + percent);
		}
		assertEquals(StorageBand.COOL, humid.band());
		shown.provenanceChart(3);
		screenshot("provenance-ginseng-sensors"); //$NON-NLS-1$
	}

	/** The newcomer's "0 min": a rice lot whose store logged one reading too warm lists it as one reading. */
	@Test
	void aSingleReadingOutOfTheBandIsListedAsOneReadingNotZeroMinutes() throws Exception {
		navigator.filter(JilinMasterData.MEIHE_RICE.gtin());
		int lots = navigator.rows();
		BatchEditorBot shown = null;
		for (int row = 0; row < lots && shown == null; row++) {
			BatchEditorBot editor = navigator.open(row).loaded();
			if (editor.provenance().excursions().stream().anyMatch(SensorSeries.Excursion::single)) {
				shown = editor;
			}
		}
		assertTrue(shown != null, "one of the demo's " + lots + " rice lots was too warm in a single reading");
		List<String> durations = shown.excursionDurations();
		assertTrue(durations.contains(Messages.Provenance_oneReading), durations.toString());
		assertFalse(durations.contains(NLS.bind(Messages.Provenance_minutes, 0)), durations.toString());
		screenshot("provenance-rice-one-reading"); //$NON-NLS-1$
	}

	private String place(String uri) {
		return service(WorkspaceStore.class).get().masterData().locationName(uri, WorkbenchLanguage.current());
	}
}
