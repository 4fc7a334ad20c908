package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jfree.chart.ui.Layer;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.DrawingExport;
import io.agritrace.charts.JourneyMap;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.LineageLayout;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
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

	private BatchEditorBot open(String gtin) {
		navigator.filter(gtin);
		return navigator.open(0).loaded();
	}

	@Test
	void aRiceLotShowsItsWayFromThePaddyFieldsToTheChangchunShops() throws Exception {
		BatchEditorBot editor = open(JilinMasterData.MEIHE_RICE.gtin());
		ProvenanceCharts charts = editor.provenance();

		Set<String> gtins = charts.lineage().placed().nodes().stream().map(LineageLayout.PlacedNode::node)
				.map(n -> Identifiers.gtin(n.id()).orElse("")).collect(Collectors.toSet()); //$NON-NLS-1$
		assertEquals(Set.of(JilinMasterData.PADDY.gtin(), JilinMasterData.DRIED_PADDY.gtin(), JilinMasterData.MEIHE_RICE.gtin()),
				gtins, "back to the harvested paddy");
		assertEquals(2, charts.lineage().placed().links().size(), "drying, then milling");

		TaskSeriesCollection custody = (TaskSeriesCollection) charts.custody().chart().getCategoryPlot().getDataset();
		List<?> rows = custody.getColumnKeys();
		assertTrue(rows.contains(place(JilinMasterData.JILIN_MILL_SITE.uri())), rows.toString());
		assertTrue(rows.contains(place(JilinMasterData.CHANGCHUN_COLD_SITE.uri())), rows.toString());
		assertTrue(JilinMasterData.SHOP_SITES.stream().anyMatch(s -> rows.contains(place(s.uri()))), "a shop: " + rows);

		List<String> places = charts.journey().places().stream().map(JourneyMap.Place::uri).toList();
		assertTrue(places.containsAll(List.of(JilinMasterData.MEIHE_DRYER.uri(), JilinMasterData.JILIN_MILL_SITE.uri(),
				JilinMasterData.CHANGCHUN_COLD_SITE.uri())), places.toString());
		assertTrue(charts.journey().arrows().size() >= 4, "dryer to mill, mill to store, store to each shop");
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

		editor.provenanceChart(0);
		screenshot("provenance-rice-lineage"); //$NON-NLS-1$
		editor.provenanceChart(1);
		screenshot("provenance-rice-custody-journey"); //$NON-NLS-1$
		editor.provenanceChart(3);
		screenshot("provenance-rice-temperature-mass"); //$NON-NLS-1$
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
		assertEquals(JilinMasterData.YANBIAN_BEEF.gtin(), Identifiers.gtin(focus.id()).orElseThrow());
		assertTrue(charts.batches().containsKey(focus.id()), "a registered lot, which a double-click opens");
		screenshot("provenance-beef"); //$NON-NLS-1$
	}

	private String place(String uri) {
		return service(WorkspaceStore.class).get().masterData().locationName(uri, DisplayLanguage.current());
	}
}
