package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.internal.Texts;

/** The Overview's chart: a green bar per day, named by month and day, on a scale of whole events. */
class EventsPerDayChartTest {

	@Test
	void eachDayIsABarOfItsEventsInTheOrderGiven() {
		Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
		perDay.put(LocalDate.of(2026, 9, 28), 3);
		perDay.put(LocalDate.of(2026, 10, 2), 1);
		perDay.put(LocalDate.of(2026, 10, 15), 7);

		JFreeChart chart = EventsPerDayChart.of(perDay, ChartTheme.standard(), Locale.ENGLISH);

		CategoryPlot plot = chart.getCategoryPlot();
		assertEquals(List.of("09-28", "10-02", "10-15"), plot.getDataset().getColumnKeys());
		assertEquals(List.of(3, 1, 7), List.of(plot.getDataset().getValue(0, 0), plot.getDataset().getValue(0, 1),
				plot.getDataset().getValue(0, 2)));
		assertEquals(ChartTheme.GREEN, plot.getRenderer().getSeriesPaint(0));
		assertEquals(1.0, ((NumberAxis) plot.getRangeAxis()).getStandardTickUnits().getCeilingTickUnit(0.3).getSize(),
				"no tick between whole events");
		assertEquals("Custody events per day", chart.getTitle().getText());
		assertEquals(Texts.EventsPerDayChart_title.text(Locale.SIMPLIFIED_CHINESE),
				EventsPerDayChart.of(perDay, ChartTheme.standard(), Locale.SIMPLIFIED_CHINESE).getTitle().getText());
	}

	/**
	 * A month of events on the Overview beside the navigator (its chart about
	 * 300 px wide at 1280 × 800): every date drawn whole inside the chart, none
	 * over the next, in either language, the first day's among them.
	 */
	@Test
	void datesStandApartOnANarrowOverview() throws IOException {
		Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
		for (int i = 0; i < 30; i++) {
			perDay.put(LocalDate.of(2026, 11, 7).plusDays(i), i % 5 + 1);
		}
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (int width : new int[] { 300, 380, 760 }) {
				JFreeChart chart = EventsPerDayChart.of(perDay, ChartTheme.standard(), locale);
				Rectangle2D area = new Rectangle2D.Double(0, 0, width, 300);
				BufferedImage image = new BufferedImage(width, 300, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				ChartRenderingInfo info = new ChartRenderingInfo();
				chart.draw(g, area, info);
				g.dispose();
				List<CategoryLabelEntity> dates = new ArrayList<>();
				info.getEntityCollection().getEntities().forEach(e -> {
					if (e instanceof CategoryLabelEntity date && !date.getArea().getBounds2D().isEmpty()) {
						dates.add(date);
					}
				});
				String where = width + " px, " + locale + ": ";
				assertEquals("11-07", dates.get(0).getKey(), where + "the first day named");
				assertTrue(dates.size() > 5, where + dates.size() + " dates");
				for (int i = 0; i < dates.size(); i++) {
					assertTrue(area.contains(dates.get(i).getArea().getBounds2D()), where + dates.get(i).getKey() + " cut");
					if (i > 0) {
						Area both = new Area(dates.get(i - 1).getArea());
						both.intersect(new Area(dates.get(i).getArea()));
						assertTrue(both.isEmpty(), where + dates.get(i - 1).getKey() + " over " + dates.get(i).getKey());
					}
				}
				Pictures.save("events-per-day-" + width + "-" + locale + ".png", image); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	@Test
	void aBatchWithoutEventsHasNoBars() {
		assertEquals(0,
				EventsPerDayChart.of(Map.of(), ChartTheme.standard(), Locale.ENGLISH).getCategoryPlot().getDataset().getColumnCount());
	}
}
