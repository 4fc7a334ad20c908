package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
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

	@Test
	void aBatchWithoutEventsHasNoBars() {
		assertEquals(0,
				EventsPerDayChart.of(Map.of(), ChartTheme.standard(), Locale.ENGLISH).getCategoryPlot().getDataset().getColumnCount());
	}
}
