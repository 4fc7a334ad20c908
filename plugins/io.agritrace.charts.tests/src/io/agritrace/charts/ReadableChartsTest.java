package io.agritrace.charts;

import static io.agritrace.charts.SampleTrace.NAMES;
import static io.agritrace.charts.SampleTrace.chain;
import static io.agritrace.charts.SampleTrace.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.junit.jupiter.api.Test;

/**
 * Every chart readable at demo size, at 1280 × 800 and on a 1920 × 1080
 * projector: no text under 10 points, no date cut at the edge, no shipment
 * label over another on the county map.
 */
class ReadableChartsTest {

	@Test
	void noFontOfEitherThemeIsUnderTenPoints() {
		for (ChartTheme theme : List.of(ChartTheme.standard(), ChartTheme.large())) {
			for (Font font : List.of(theme.small(), theme.label(), theme.strong(), theme.title())) {
				assertTrue(ChartTheme.points(font, 1) >= ChartTheme.SMALLEST_POINTS, font + ": " + ChartTheme.points(font, 1));
			}
		}
		assertTrue(ChartTheme.points(ChartTheme.standard().small(), 1) < ChartTheme.points(ChartTheme.large().small(), 1));
	}

	/**
	 * JFreeChart centres a date under its tick: a tick at the plot's right end
	 * needs half a date's width beside it, or it reads "2026-12-0".
	 */
	@Test
	void theTimelineLeavesRoomForADateAtItsRightEnd() {
		JFreeChart chart = CustodyGantt.of(chain(), List.of(), NAMES::get, hours(24 * 10), ChartTheme.standard(), Locale.ENGLISH);
		DateAxis axis = (DateAxis) chart.getCategoryPlot().getRangeAxis();
		for (int width : new int[] { 640, 1280 }) {
			BufferedImage image = new BufferedImage(width, 360, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, width, 360), info);
			String date = axis.getDateFormatOverride().format(new Date(hours(24 * 10).toEpochMilli()));
			assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
			double half = g.getFontMetrics(axis.getTickLabelFont()).stringWidth(date) / 2.0;
			g.dispose();
			double room = width - info.getPlotInfo().getDataArea().getMaxX();
			assertTrue(room >= half, width + " px: " + room + " px right of the plot for half of " + date + " (" + half + ")");
		}
	}

	/**
	 * Shipments from all around converge on Changchun: every one labelled (beside
	 * its arrow or led to it), none covering another, standard or on a projector.
	 */
	@Test
	void shipmentLabelsNearChangchunDoNotOverlap() throws IOException {
		List<CountyMap.Flow> flows = new ArrayList<>();
		String[] around = { "220581", "220203", "220182", "220183", "220122", "220112", "220106", "220104", "220105",
				"220103" };
		for (int i = 0; i < around.length; i++) {
			flows.add(new CountyMap.Flow(around[i], "220102", BigDecimal.valueOf(1000L * (i + 3))));
			flows.add(new CountyMap.Flow("220102", around[i], BigDecimal.valueOf(700L * (i + 2))));
		}
		for (Object[] size : new Object[][] { { ChartTheme.standard(), 640, 520 }, { ChartTheme.large(), 1920, 1080 } }) {
			CountyMap map = new CountyMap(Map.of("220581", new BigDecimal("120000"), "220102", new BigDecimal("30000")), flows,
					(ChartTheme) size[0], Locale.SIMPLIFIED_CHINESE);
			BufferedImage image = new BufferedImage((int) size[1], (int) size[2], BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			map.draw(g, new Rectangle2D.Double(0, 0, (int) size[1], (int) size[2]));
			g.dispose();
			List<Rectangle2D> labels = map.labelBounds();
			assertEquals(flows.size(), labels.size(), size[1] + " px: every shipment labelled");
			// Labels that touch read as one ("15.4 吨28 吨"): a few pixels of map between any two.
			int gap = ((ChartTheme) size[0]).size(3);
			for (int i = 0; i < labels.size(); i++) {
				Rectangle2D a = labels.get(i);
				Rectangle2D clear = new Rectangle2D.Double(a.getX() - gap, a.getY() - gap, a.getWidth() + 2 * gap,
						a.getHeight() + 2 * gap);
				for (int j = i + 1; j < labels.size(); j++) {
					assertFalse(clear.intersects(labels.get(j)), size[1] + " px: " + a + " and " + labels.get(j));
				}
			}
			Pictures.save("county-map-changchun-" + size[1] + ".png", image); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The legend wraps where the dashboard's half of a 1280 px screen would cut it ("…箭"), in either language. */
	@Test
	void theMapsLegendIsWhole() throws IOException {
		List<CountyMap.Flow> flows = List.of(new CountyMap.Flow("220581", "220102", new BigDecimal("15400")));
		for (Object[] size : new Object[][] { { ChartTheme.standard(), 560, 340 }, { ChartTheme.standard(), 400, 340 },
				{ ChartTheme.large(), 1920, 1080 } }) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				CountyMap map = new CountyMap(Map.of("220581", new BigDecimal("188000"), "220102", new BigDecimal("30000")),
						flows, (ChartTheme) size[0], locale);
				int width = (int) size[1];
				int height = (int) size[2];
				BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				map.draw(g, new Rectangle2D.Double(0, 0, width, height));
				g.dispose();
				List<Rectangle2D> legend = map.legendBounds();
				assertTrue(legend.size() > 5, "five shades and what they mean");
				Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
				for (int i = 0; i < legend.size(); i++) {
					assertTrue(area.contains(legend.get(i)), width + " px, " + locale + ": " + legend.get(i));
					for (int j = i + 1; j < legend.size(); j++) {
						assertFalse(legend.get(i).intersects(legend.get(j)), legend.get(i) + " and " + legend.get(j));
					}
					for (Rectangle2D label : map.labelBounds()) {
						assertFalse(label.intersects(legend.get(i)), "shipment " + label + " over the legend");
					}
				}
				Pictures.save("county-map-legend-" + width + "-" + locale + ".png", map); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** The title wraps where the dashboard's chart beside the navigator at 1280 px cut it, in either language. */
	@Test
	void theMapsTitleIsWhole() throws IOException {
		for (int width : new int[] { 340, 400, 560 }) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				CountyMap map = new CountyMap(Map.of("220581", new BigDecimal("188000")), List.of(), ChartTheme.standard(), locale);
				BufferedImage image = new BufferedImage(width, 320, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				map.draw(g, new Rectangle2D.Double(0, 0, width, 320));
				g.dispose();
				Rectangle2D area = new Rectangle2D.Double(0, 0, width, 320);
				assertFalse(map.titleBounds().isEmpty());
				map.titleBounds().forEach(line -> assertTrue(area.contains(line), width + " px, " + locale + ": " + line));
				Pictures.save("county-map-title-" + width + "-" + locale + ".png", image); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * A journey ending at shops a few streets apart in Changchun's Chaoyang,
	 * Nanguan and Erdao districts, as the demo's rice: every name and load
	 * drawn, inside the map, none covering another, in either language, at the
	 * Provenance page's size at 1280 × 800 and on a projector.
	 */
	@Test
	void journeyLabelsNearChangchunAreAllDrawnApart() throws IOException {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			boolean zh = locale.equals(Locale.SIMPLIFIED_CHINESE);
			JourneyMap.Place paddy = new JourneyMap.Place("paddy", zh ? "梅河口水道镇稻田" : "Shuidao paddy fields, Meihekou",
					125.687, 42.530);
			JourneyMap.Place dryer = new JourneyMap.Place("dryer", zh ? "水道镇合作社烘干场" : "Shuidao cooperative dryer",
					125.690, 42.536);
			JourneyMap.Place mill = new JourneyMap.Place("mill", zh ? "昌邑米业加工厂" : "Changyi rice mill", 126.571, 43.851);
			JourneyMap.Place store = new JourneyMap.Place("store", zh ? "朝阳冷链仓库" : "Chaoyang cold store", 125.318, 43.865);
			List<JourneyMap.Place> places = new ArrayList<>(List.of(paddy, dryer, mill, store));
			String kg = zh ? " 千克 · " : " kg · ";
			List<JourneyMap.Arrow> arrows = new ArrayList<>(List.of(new JourneyMap.Arrow(paddy, dryer, "29,255" + kg + "2026-11-19"),
					new JourneyMap.Arrow(dryer, mill, "27,373" + kg + "2026-11-20"),
					new JourneyMap.Arrow(mill, store, "19,669" + kg + "2026-11-23")));
			String[][] shops = { { "欧亚超市朝阳店", "Eurasia Chaoyang store", "125.310", "43.868" },
					{ "南关生鲜超市", "Nanguan fresh market", "125.333", "43.864" },
					{ "二道区便民超市", "Erdao neighbourhood store", "125.374", "43.866" },
					{ "延吉百货", "Yanji department store", "129.513", "42.906" } };
			for (int i = 0; i < shops.length; i++) {
				JourneyMap.Place shop = new JourneyMap.Place("shop" + i, shops[i][zh ? 0 : 1], Double.parseDouble(shops[i][2]),
						Double.parseDouble(shops[i][3]));
				places.add(shop);
				arrows.add(new JourneyMap.Arrow(store, shop, (3000 + 700 * i) + kg + "2026-11-2" + (4 + i)));
			}
			for (Object[] size : new Object[][] { { ChartTheme.standard(), 760, 440 }, { ChartTheme.large(), 1920, 1080 } }) {
				JourneyMap map = new JourneyMap(places, arrows, (ChartTheme) size[0], locale);
				Rectangle2D area = new Rectangle2D.Double(0, 0, (int) size[1], (int) size[2]);
				BufferedImage image = new BufferedImage((int) size[1], (int) size[2], BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				map.draw(g, area);
				g.dispose();
				List<Rectangle2D> labels = map.labelBounds();
				String where = size[1] + " px, " + locale + ": ";
				assertEquals(places.size() + arrows.size(), labels.size(), where + "every place and shipment labelled");
				for (int i = 0; i < labels.size(); i++) {
					assertTrue(area.contains(labels.get(i)), where + labels.get(i));
					for (int j = i + 1; j < labels.size(); j++) {
						assertFalse(labels.get(i).intersects(labels.get(j)), where + labels.get(i) + " and " + labels.get(j));
					}
				}
				Pictures.save("journey-changchun-" + size[1] + "-" + locale + ".png", image); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/**
	 * The demo's rice lineage, paddy field to three Changchun shops, on the
	 * Provenance page's canvas beside the navigator at 1280 × 800 and maximised
	 * at 1920 × 1080, in either language: it opens with its text at 10 pt, the
	 * lot's node whole and centred in view (or as near as the graph's end
	 * allows); "Show the whole graph" puts all of
	 * it in view, where it had shown the farm end only, cutting the shops.
	 */
	@Test
	void theLineageOpensReadableAroundTheLotAndShowsWholeOnRequest() throws IOException {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			LineageDrawing drawing = riceLineage(locale.equals(Locale.SIMPLIFIED_CHINESE));
			Dimension size = drawing.naturalSize();
			Rectangle2D lot = drawing.placed().nodes().stream().filter(n -> n.node().focus()).findFirst().orElseThrow().bounds();
			for (int[] canvas : new int[][] { { 775, 460 }, { 1880, 460 } }) {
				String where = canvas[0] + " px, " + locale + ": ";
				Rectangle2D window = new Rectangle2D.Double(0, 0, canvas[0], canvas[1]);

				DrawingView opened = DrawingView.of(drawing, canvas[0], canvas[1], false);
				float points = ChartTheme.points(ChartTheme.standard().small(), opened.zoom());
				assertTrue(points >= ChartTheme.SMALLEST_POINTS, where + points + " pt as opened");
				assertTrue(size.width * opened.zoom() > canvas[0], where + "too wide to read whole: the case at hand");
				Rectangle2D shown = new Rectangle2D.Double(opened.x() + lot.getX() * opened.zoom(),
						opened.y() + (drawing.focus().getY() - lot.getHeight() / 2) * opened.zoom(), lot.getWidth() * opened.zoom(),
						lot.getHeight() * opened.zoom());
				assertTrue(window.contains(shown), where + "the lot's node " + shown + " in view");
				// Centred, or as near as the graph allows without blank beyond its end.
				boolean centred = Math.abs(shown.getCenterX() - canvas[0] / 2.0) <= 1;
				boolean endInView = opened.x() >= -1e-6 || opened.x() + size.width * opened.zoom() <= canvas[0] + 1e-6;
				assertTrue(centred || endInView, where + "the lot at " + shown.getCenterX() + " of " + canvas[0]);
				save("lineage-opened-" + canvas[0] + "-" + locale + ".png", drawing, opened, canvas);

				DrawingView whole = DrawingView.of(drawing, canvas[0], canvas[1], true);
				Rectangle2D all = whole.area(size);
				Rectangle2D rounded = new Rectangle2D.Double(-1e-6, -1e-6, canvas[0] + 2e-6, canvas[1] + 2e-6);
				assertTrue(rounded.contains(all), where + "the whole graph " + all + " in view");
				save("lineage-whole-" + canvas[0] + "-" + locale + ".png", drawing, whole, canvas);
			}
		}
	}

	/** The demo's rice lot MR2611-00014 from its paddy field to three shops, as the Provenance page draws it. */
	private static LineageDrawing riceLineage(boolean zh) {
		String kg = zh ? " 千克" : " kg";
		String paddy = zh ? "梅河稻谷" : "Meihe paddy";
		String dried = zh ? "梅河稻谷（烘干）" : "Meihe paddy, dried";
		String rice = zh ? "梅河大米" : "Meihe rice";
		String dryer = zh ? "水道镇合作社烘干场" : "Shuidao cooperative dryer";
		String mill = zh ? "昌邑米业加工厂" : "Changyi rice mill";
		String[][] stops = { { "paddy", paddy, "MH2611-00012 · 29,255", zh ? "梅河口水道镇稻田" : "Shuidao paddy fields" },
				{ "dryer", paddy, "MH2611-00012 · 29,255", dryer }, { "dried", dried, "MHD2611-00013 · 27,373", dryer },
				{ "dried-mill", dried, "MHD2611-00013 · 27,373", mill }, { "rice", rice, "MR2611-00014 · 19,669", mill },
				{ "store", rice, "MR2611-00014 · 19,669", zh ? "朝阳冷链仓库" : "Chaoyang cold store" },
				{ "shop-0", rice, "MR2611-00014 · 3,278", zh ? "延吉百货" : "Yanji department store" },
				{ "shop-1", rice, "MR2611-00014 · 3,278", zh ? "南关生鲜超市" : "Nanguan fresh market" },
				{ "shop-2", rice, "MR2611-00014 · 3,278", zh ? "二道区便民超市" : "Erdao neighbourhood store" } };
		String holder = zh ? "吉林市昌邑米业有限公司" : "Jilin Changyi Rice Mill Co.";
		List<LineageGraph.Node> nodes = new ArrayList<>();
		for (String[] stop : stops) {
			nodes.add(new LineageGraph.Node(stop[0], stop[2], List.of(stop[1], stop[2] + kg, stop[3], holder), stop[1],
					LineageGraph.State.VERIFIED, stop[2].startsWith("MR")));
		}
		String shipping = zh ? "发运" : "Shipping";
		String[][] links = { { "paddy", "dryer", zh ? "转移" : "Moved", "29255" },
				{ "dryer", "dried", zh ? "烘干" : "Drying", "29255" },
				{ "dried", "dried-mill", shipping, "27373" }, { "dried-mill", "rice", zh ? "碾米" : "Milling", "27373" },
				{ "rice", "store", shipping, "19669" }, { "store", "shop-0", shipping, "3278" }, { "store", "shop-1", shipping, "3278" },
				{ "store", "shop-2", shipping, "3278" } };
		List<LineageGraph.Link> edges = new ArrayList<>();
		for (String[] link : links) {
			edges.add(new LineageGraph.Link(link[0], link[1], link[2] + " · " + link[3] + kg, Double.parseDouble(link[3])));
		}
		ChartTheme theme = ChartTheme.standard();
		return new LineageDrawing(new LineageLayout(theme).place(new LineageGraph(nodes, edges)), theme,
				List.of("1", "2", "3", "4", "5", "6"));
	}

	/** The canvas's picture of a drawing in a view, as the Provenance page would show it. */
	private static void save(String name, Drawing drawing, DrawingView view, int[] canvas) throws IOException {
		BufferedImage image = new BufferedImage(canvas[0], canvas[1], BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		ChartTheme.smooth(g);
		g.setColor(ChartTheme.PAPER);
		g.fillRect(0, 0, canvas[0], canvas[1]);
		drawing.draw(g, view.area(drawing.naturalSize()));
		g.dispose();
		Pictures.save(name, image);
	}
}
