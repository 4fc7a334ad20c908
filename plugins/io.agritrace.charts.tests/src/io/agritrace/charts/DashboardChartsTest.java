package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;

/**
 * The dashboard's charts as the demo shows them, at 1280 × 800 (half the
 * editor's width) and on a projector: every day of the period, both lines
 * seen, legend items apart, names whole and the last tick inside the chart.
 */
class DashboardChartsTest {

	private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

	@Test
	void aDayWithoutEventsIsAPointAtZeroToThePeriodsLastDay() {
		TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
		perDay.put(LocalDate.of(2026, 11, 1), new long[] { 40, 38 });
		perDay.put(NOV_4, new long[] { 12, 12 });

		JFreeChart chart = DashboardCharts.eventsPerDay(perDay, LocalDate.of(2026, 11, 6), ChartTheme.standard(),
				Locale.ENGLISH);

		XYDataset data = chart.getXYPlot().getDataset();
		assertEquals(List.of(40L, 0L, 0L, 12L, 0L, 0L), values(data, 0), "recorded from 1 to 6 November");
		assertEquals(List.of(38L, 0L, 0L, 12L, 0L, 0L), values(data, 1), "anchored");
		assertEquals(4, DashboardCharts.eventsPerDay(perDay, NOV_4.minusDays(1), ChartTheme.standard(), Locale.ENGLISH)
				.getXYPlot().getDataset().getItemCount(0), "events after the period's last day are still shown");
		assertEquals(0, DashboardCharts.eventsPerDay(new TreeMap<>(), NOV_4, ChartTheme.standard(), Locale.ENGLISH).getXYPlot()
				.getDataset().getItemCount(0), "no events, no points");
	}

	/** Every event anchored: the anchored line is drawn over the recorded one, not hidden under it. */
	@Test
	void anchoredShowsWhereItEqualsRecorded() {
		TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
		for (int day = 1; day <= 20; day++) {
			perDay.put(LocalDate.of(2026, 11, day), new long[] { day % 7, day % 7 });
		}
		for (ChartTheme theme : List.of(ChartTheme.standard(), ChartTheme.large())) {
			JFreeChart chart = DashboardCharts.eventsPerDay(perDay, LocalDate.of(2026, 11, 20), theme, Locale.SIMPLIFIED_CHINESE);
			BufferedImage image = new BufferedImage(600, 340, BufferedImage.TYPE_INT_RGB);
			ChartRenderingInfo info = new ChartRenderingInfo();
			Graphics2D g = image.createGraphics();
			chart.draw(g, new Rectangle2D.Double(0, 0, 600, 340), info);
			g.dispose();
			Rectangle2D plot = info.getPlotInfo().getDataArea();
			int green = 0;
			for (int x = (int) plot.getMinX(); x < plot.getMaxX(); x++) {
				for (int y = (int) plot.getMinY(); y < plot.getMaxY(); y++) {
					green += near(new Color(image.getRGB(x, y)), ChartTheme.GREEN) ? 1 : 0;
				}
			}
			assertTrue(green > 200, green + " green pixels in the plot");
		}
	}

	/** JFreeChart sets legend items 2 px apart: "已录入" ran into the next item ("已录入━已上链"). */
	@Test
	void legendItemsStandApart() {
		TreeMap<LocalDate, long[]> perDay = new TreeMap<>(Map.of(NOV_4, new long[] { 3, 2 }));
		for (ChartTheme theme : List.of(ChartTheme.standard(), ChartTheme.large())) {
			JFreeChart chart = DashboardCharts.eventsPerDay(perDay, NOV_4, theme, Locale.SIMPLIFIED_CHINESE);
			BufferedImage image = new BufferedImage(600, 340, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, 600, 340), info);
			g.dispose();
			Rectangle2D legend = ((Collection<?>) info.getEntityCollection().getEntities()).stream()
					.filter(LegendItemEntity.class::isInstance).map(e -> ((LegendItemEntity) e).getArea().getBounds2D())
					.reduce(Rectangle2D::createUnion).orElseThrow();
			List<Integer> inked = new ArrayList<>();
			for (int x = (int) legend.getMinX(); x < legend.getMaxX(); x++) {
				for (int y = (int) legend.getMinY(); y < legend.getMaxY(); y++) {
					if (!near(new Color(image.getRGB(x, y)), Color.WHITE)) {
						inked.add(x);
						break;
					}
				}
			}
			int widest = 0;
			for (int i = 1; i < inked.size(); i++) {
				widest = Math.max(widest, inked.get(i) - inked.get(i - 1) - 1);
			}
			assertTrue(widest >= theme.size(12), "a blank of " + widest + " px between the items");
		}
	}

	/** The names of products and organisations beside their bars whole: wrapped if need be, never cut with "…". */
	@Test
	void namesBesideBarsAreWhole() {
		String ginseng = "吉林长白山人参（鲜参）";
		JFreeChart tonnes = DashboardCharts.kilograms("按产品的产量（吨）", Map.of("梅河稻谷", new BigDecimal("187000"),
				ginseng, new BigDecimal("13000"), "测试大米", new BigDecimal("500")), ChartTheme.standard(),
				Locale.SIMPLIFIED_CHINESE);
		String text = svgText(tonnes, 590, 320);
		assertFalse(text.contains("…") || text.contains("..."), text);
		assertTrue(text.contains(ginseng), text);
	}

	/** The score axis ends at 100 at the plot's right end: the chart leaves room for the whole of it. */
	@Test
	void theRankingsLastTickIsWhole() {
		CreditProfile full = CreditProfile.of("coop", new CreditCounts(10, 10, 10, 0, 2, 2, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS);
		for (ChartTheme theme : List.of(ChartTheme.standard(), ChartTheme.large())) {
			JFreeChart chart = DashboardCharts.creditRanking(List.of(new DashboardCharts.Ranked("梅河口市水道镇稻米专业合作社", full)),
					theme, Locale.SIMPLIFIED_CHINESE);
			for (int width : new int[] { 1180, 1920 }) {
				BufferedImage image = new BufferedImage(width, 400, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				ChartRenderingInfo info = new ChartRenderingInfo();
				chart.draw(g, new Rectangle2D.Double(0, 0, width, 400), info);
				double half = g.getFontMetrics(chart.getCategoryPlot().getRangeAxis().getTickLabelFont()).stringWidth("100")
						/ 2.0;
				g.dispose();
				double room = width - info.getPlotInfo().getDataArea().getMaxX();
				assertTrue(room >= half, width + " px: " + room + " px right of the plot for half of 100 (" + half + ")");
			}
		}
	}

	/**
	 * A dozen organisations on a 1280 × 800 projector: each name on its bar's
	 * band, whole; a long one wrapped to two lines ran over the names above and
	 * below.
	 */
	@Test
	void aLongNameInAFullRankingStaysOnItsBandWhole() {
		CreditProfile full = CreditProfile.of("coop", new CreditCounts(10, 10, 10, 0, 2, 2, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS);
		List<DashboardCharts.Ranked> ranking = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			ranking.add(new DashboardCharts.Ranked("Changchun Nanguan Fresh Market " + i, full));
		}
		ranking.add(5, new DashboardCharts.Ranked("Changchun Eurasia Supermarket Chaoyang", full));
		JFreeChart chart = DashboardCharts.creditRanking(ranking, ChartTheme.large(), Locale.ENGLISH);
		BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g, new Rectangle2D.Double(0, 0, 1280, 800), info);
		g.dispose();
		List<Rectangle2D> names = new ArrayList<>();
		for (Object entity : info.getEntityCollection().getEntities()) {
			if (entity instanceof CategoryLabelEntity label) {
				names.add(label.getArea().getBounds2D());
			}
		}
		assertEquals(12, names.size());
		names.sort((a, b) -> Double.compare(a.getY(), b.getY()));
		for (int i = 1; i < names.size(); i++) {
			assertTrue(names.get(i - 1).getMaxY() <= names.get(i).getY() + 1, "name " + i + " runs into the next: " + names);
		}
		String text = svgText(chart, 1280, 800);
		assertTrue(text.contains("Changchun Eurasia Supermarket Chaoyang"), "the long name whole: " + text);
	}

	private static String svgText(JFreeChart chart, int width, int height) {
		try {
			SVGGraphics2D g = new SVGGraphics2D(DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument());
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
			Element root = g.getRoot();
			return root.getTextContent();
		} catch (ParserConfigurationException e) {
			throw new AssertionError(e);
		}
	}

	private static boolean near(Color a, Color b) {
		return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 60;
	}

	private static List<Long> values(XYDataset data, int series) {
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < data.getItemCount(series); i++) {
			values.add(data.getY(series, i).longValue());
		}
		return values;
	}
}
