package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The dashboard's events per day: a day without events is drawn at zero, not bridged by a line. */
class DashboardChartsTest {

	@Test
	void aDayWithoutEventsIsAPointAtZero() {
		TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
		perDay.put(LocalDate.of(2026, 11, 1), new long[] { 40, 38 });
		perDay.put(LocalDate.of(2026, 11, 4), new long[] { 12, 12 });

		JFreeChart chart = DashboardCharts.eventsPerDay(perDay, ChartTheme.standard(), Locale.ENGLISH);

		XYDataset data = chart.getXYPlot().getDataset();
		assertEquals(List.of(40L, 0L, 0L, 12L), values(data, 0), "recorded on 1, 2, 3 and 4 November");
		assertEquals(List.of(38L, 0L, 0L, 12L), values(data, 1), "anchored");
		assertEquals(0, DashboardCharts.eventsPerDay(new TreeMap<>(), ChartTheme.standard(), Locale.ENGLISH).getXYPlot()
				.getDataset().getItemCount(0), "no events, no points");
	}

	private static List<Long> values(XYDataset data, int series) {
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < data.getItemCount(series); i++) {
			values.add(data.getY(series, i).longValue());
		}
		return values;
	}
}
