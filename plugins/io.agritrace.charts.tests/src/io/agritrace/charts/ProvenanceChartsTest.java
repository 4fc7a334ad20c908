package io.agritrace.charts;

import static io.agritrace.charts.SampleTrace.NAMES;
import static io.agritrace.charts.SampleTrace.chain;
import static io.agritrace.charts.SampleTrace.hours;
import static io.agritrace.charts.SampleTrace.humidityLog;
import static io.agritrace.charts.SampleTrace.killing;
import static io.agritrace.charts.SampleTrace.locations;
import static io.agritrace.charts.SampleTrace.milling;
import static io.agritrace.charts.SampleTrace.truckLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.ChartTheme;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorSeries;

/** Each chart's data from hand-made inputs with known answers, and a picture of each to look at. */
class ProvenanceChartsTest {

	@Test
	void sensorChartShadesTheBandAndEachExcursionAndDrawsEachUnitAsItsOwnLineHumidityOnItsOwnAxis() throws IOException {
		SensorSeries series = truckLog();
		List<SensorSeries.Excursion> excursions = series.excursions(StorageBand.CHILLED);
		JFreeChart chart = SensorChart.of(List.of(series, humidityLog()), StorageBand.CHILLED, excursions,
				ChartTheme.standard(), Locale.ENGLISH);

		XYPlot plot = chart.getXYPlot();
		assertEquals(2, plot.getDataset(1).getSeriesCount(), "humidity read in percent, and as fractions");
		assertEquals(91.0, plot.getDataset(1).getYValue(1, 0), 0.01, "0.91 is 91 %");
		assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxisForDataset(1)), "humidity on its own axis");
		XYDataset lines = plot.getDataset();
		assertEquals(2, lines.getSeriesCount(), "°C readings and °F readings");
		assertEquals(6, lines.getItemCount(0));
		assertEquals(3.0, lines.getYValue(1, 0), 0.01, "37.4 °F is 3 °C");
		IntervalMarker band = (IntervalMarker) only(plot.getRangeMarkers(0, Layer.BACKGROUND));
		assertEquals(0.0, band.getStartValue());
		assertEquals(4.0, band.getEndValue());
		IntervalMarker stripe = (IntervalMarker) only(plot.getDomainMarkers(Layer.BACKGROUND));
		assertEquals(hours(2).toEpochMilli(), (long) stripe.getStartValue(), "the excursion starts with the 6.5 °C reading");
		assertEquals(hours(3).toEpochMilli(), (long) stripe.getEndValue());
		Pictures.save("sensor-chilled.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	@Test
	void sensorChartWithoutABandSaysSo() {
		JFreeChart chart = SensorChart.of(List.of(truckLog()), null, List.of(), ChartTheme.standard(), Locale.ENGLISH);

		assertEquals(null, chart.getXYPlot().getRangeMarkers(0, Layer.BACKGROUND));
		assertTrue(chart.getSubtitleCount() > 1, "a subtitle says there is no band"); //$NON-NLS-1$
	}

	@Test
	void custodyTimelineHasARowPerPlaceABarPerCustodyAndTheTransitOnTheReceiversRow() throws IOException {
		JFreeChart chart = CustodyGantt.of(chain(), List.of(new CustodyGantt.Excursion("rice", hours(38))),
				NAMES::get, hours(72), ChartTheme.standard(), Locale.ENGLISH);

		CategoryPlot plot = chart.getCategoryPlot();
		TaskSeriesCollection tasks = (TaskSeriesCollection) plot.getDataset();
		assertEquals(List.of("吉林米业 Jilin mill", "长春冷库 Changchun store", "北京 Beijing"), tasks.getColumnKeys());
		assertEquals(hours(0).toEpochMilli(), tasks.getStartValue(0, 0).longValue());
		assertEquals(hours(24).toEpochMilli(), tasks.getEndValue(0, 0).longValue());
		assertEquals(hours(72).toEpochMilli(), tasks.getEndValue(0, 2).longValue(), "a custody that lasts runs to now");
		assertEquals(hours(24).toEpochMilli(), tasks.getStartValue(1, 1).longValue(), "in transit from the mill...");
		assertEquals(hours(36).toEpochMilli(), tasks.getEndValue(1, 1).longValue(), "...to the store");
		assertEquals(4, plot.getAnnotations().size(), "shipped, received, failed inspection and the excursion");
		Pictures.save("custody-timeline.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	@Test
	void journeyMapPutsJilinPlacesInsideAndOthersOnItsEdge() throws IOException {
		JourneyMap map = JourneyMap.of(chain(), locations(), NAMES::get, move -> move.quantity() + " kg", //$NON-NLS-1$
				ChartTheme.standard(), Locale.ENGLISH);

		assertEquals(3, map.places().size());
		assertEquals(List.of("7000 kg", "10 kg"), map.arrows().stream().map(JourneyMap.Arrow::label).toList());
		Rectangle2D area = new Rectangle2D.Double(0, 0, 1000, 700);
		BufferedImage image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
		map.draw(image.createGraphics(), area);
		// Found as a user finds them: hovering names them.
		Point2D mill = hoveredOver(map, area, "吉林米业 Jilin mill");
		Point2D store = hoveredOver(map, area, map.places().get(1).name());
		Point2D beijing = hoveredOver(map, area, map.places().get(2).name());
		assertTrue(store.getX() < mill.getX(), "Changchun lies west of Jilin city");
		assertTrue(beijing.getX() < store.getX() && beijing.getY() > store.getY(), "Beijing is south-west, at the edge");
		assertFalse(map.places().get(2).inJilin());
		Pictures.save("journey-map.png", map); //$NON-NLS-1$
	}

	/** The middle of where the drawing's tool tip names this place, found by sweeping the area as a pointer would. */
	private static Point2D hoveredOver(Drawing drawing, Rectangle2D area, String name) {
		double xs = 0;
		double ys = 0;
		int hits = 0;
		for (double y = area.getMinY(); y < area.getMaxY(); y += 2) {
			for (double x = area.getMinX(); x < area.getMaxX(); x += 2) {
				if (name.equals(drawing.tooltipAt(x, y))) {
					xs += x;
					ys += y;
					hits++;
				}
			}
		}
		assertTrue(hits > 0, "no tool tip names " + name);
		return new Point2D.Double(xs / hits, ys / hits);
	}

	@Test
	void massBalanceShowsInputsOutputsAndFlagsAnImplausibleYield() throws IOException {
		MassBalance milling = milling();
		MassBalance killing = killing();
		JFreeChart chart = MassBalanceChart.of(List.of(milling, killing), step -> "Milling", NAMES::get, //$NON-NLS-1$
				ChartTheme.standard(), Locale.ENGLISH);

		CategoryDataset dataset = chart.getCategoryPlot().getDataset();
		assertEquals(1, dataset.getColumnCount(), "head of cattle have no bars");
		assertEquals(10000, dataset.getValue(0, 0).intValue());
		assertEquals(8000, dataset.getValue(1, 0).intValue());
		assertEquals("yield 80.0 %: implausible (typical 68–72 %)", MassBalanceChart.yieldText(milling, Locale.ENGLISH));
		assertEquals("not counted in kg", MassBalanceChart.yieldText(killing, Locale.ENGLISH));
		assertTrue(MassBalanceChart.yieldText(milling, Locale.SIMPLIFIED_CHINESE).contains("80.0 %"),
				MassBalanceChart.yieldText(milling, Locale.SIMPLIFIED_CHINESE));
		assertNotEquals(MassBalanceChart.yieldText(milling, Locale.ENGLISH),
				MassBalanceChart.yieldText(milling, Locale.SIMPLIFIED_CHINESE));
		Pictures.save("mass-balance.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	/** The "t" and "kg" on charts in Chinese: 吨 and 千克, in axes and tool tips alike. */
	@Test
	void chineseChartsNameTheirUnitsInChinese() {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		JFreeChart balance = MassBalanceChart.of(List.of(milling()), step -> "碾米", NAMES::get, ChartTheme.standard(), zh);
		CategoryPlot plot = balance.getCategoryPlot();
		assertEquals("质量（千克）", plot.getRangeAxis().getLabel());
		String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0);
		assertTrue(tip.endsWith(" 千克"), tip);
		assertEquals("未以千克计量", MassBalanceChart.yieldText(killing(), zh));

		JFreeChart tonnes = DashboardCharts.kilograms("产量", Map.of("梅河口市", new BigDecimal("12000")), ChartTheme.standard(), zh);
		CategoryPlot bars = tonnes.getCategoryPlot();
		assertEquals("吨", bars.getRangeAxis().getLabel());
		tip = bars.getRenderer().getDefaultToolTipGenerator().generateToolTip(bars.getDataset(), 0, 0);
		assertEquals("梅河口市: 12.0 吨", tip, "one rule for tonnes: one decimal under 100 t");
	}

	private static Marker only(Collection<?> markers) {
		assertEquals(1, markers.size(), String.valueOf(markers));
		return (Marker) markers.iterator().next();
	}
}
