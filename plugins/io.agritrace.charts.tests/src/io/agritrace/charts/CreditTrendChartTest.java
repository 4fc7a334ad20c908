package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;

/** A score per month, each bar in its grade's colour, over the grade thresholds. */
class CreditTrendChartTest {

	@Test
	void eachMonthIsABarInItsGradesColourAndAMonthWithoutVerifiedRecordsHasNone() throws Exception {
		Map<YearMonth, CreditProfile> months = new LinkedHashMap<>();
		months.put(YearMonth.of(2026, 9), CreditProfile.of("coop", new CreditCounts(10, 10, 10, 0, 2, 2, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS));
		months.put(YearMonth.of(2026, 10), CreditProfile.of("coop", new CreditCounts(10, 10, 4, 6, 2, 0, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS));
		months.put(YearMonth.of(2026, 11), CreditProfile.of("coop", new CreditCounts(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS));

		JFreeChart chart = CreditTrendChart.of(months, CreditPolicy.DEFAULTS, ChartTheme.standard(), Locale.ENGLISH);

		CategoryPlot plot = chart.getCategoryPlot();
		assertEquals(3, plot.getDataset().getColumnCount());
		assertEquals(100, plot.getDataset().getValue(0, 0).intValue());
		assertEquals(ChartTheme.GREEN, plot.getRenderer().getItemPaint(0, 0), "grade A");
		assertEquals(ChartTheme.VERMILLION, plot.getRenderer().getItemPaint(0, 1), "grade D: "
				+ months.get(YearMonth.of(2026, 10)).score());
		assertEquals(null, plot.getDataset().getValue(0, 2), "no verified record in November");
		assertEquals(3, plot.getRangeMarkers(Layer.FOREGROUND).size());
		for (int height : new int[] { 230, 400 }) {
			assertTrue(inkUnderTheFrame(chart, 560, height) == 0, height + " px high: the grade over a full bar touches the frame");
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		DrawingExport.png(new ChartDrawing(chart), png);
		assertTrue(png.size() > 1000);
	}

	/** Dark pixels (text) in the plot's top rows, just inside its frame. */
	private static int inkUnderTheFrame(JFreeChart chart, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
		g.dispose();
		Rectangle2D plot = info.getPlotInfo().getDataArea();
		int ink = 0;
		for (int x = (int) plot.getMinX() + 2; x < plot.getMaxX() - 2; x++) {
			for (int y = (int) plot.getMinY() + 1; y <= plot.getMinY() + 3; y++) {
				Color c = new Color(image.getRGB(x, y));
				ink += c.getRed() < 100 && c.getGreen() < 100 && c.getBlue() < 100 ? 1 : 0;
			}
		}
		return ink;
	}
}
