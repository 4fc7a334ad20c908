package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		DrawingExport.png(new ChartDrawing(chart), png);
		assertTrue(png.size() > 1000);
	}
}
