package io.agritrace.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import io.agritrace.charts.internal.Texts;

/** A bar chart of how many custody events a batch had per day, as its editor's Overview shows it. */
public final class EventsPerDayChart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd"); //$NON-NLS-1$

	private EventsPerDayChart() {
	}

	/** @param perDay the batch's custody events each day, in the order the bars stand */
	public static JFreeChart of(Map<LocalDate, Integer> perDay, ChartTheme theme, Locale locale) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String events = Texts.EventsPerDayChart_events.text(locale);
		perDay.forEach((day, count) -> dataset.addValue(count, events, DAY.format(day)));
		JFreeChart chart = ChartFactory.createBarChart(Texts.EventsPerDayChart_title.text(locale),
				Texts.EventsPerDayChart_day.text(locale), events, dataset, PlotOrientation.VERTICAL, false, true, false);
		theme.apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, ChartTheme.GREEN);
		renderer.setMaximumBarWidth(0.08);
		CategoryAxis days = plot.getDomainAxis();
		days.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return chart;
	}
}
