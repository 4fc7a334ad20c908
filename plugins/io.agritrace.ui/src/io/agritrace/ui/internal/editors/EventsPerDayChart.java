package io.agritrace.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

import io.agritrace.charts.ChartTheme;
import io.agritrace.ui.internal.Messages;

/** A bar chart of how many custody events a batch had per day. */
final class EventsPerDayChart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd"); //$NON-NLS-1$

	private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
	private final JFreeChart chart;

	EventsPerDayChart() {
		chart = ChartFactory.createBarChart(Messages.BatchEditor_chartTitle, Messages.BatchEditor_chartDay,
				Messages.BatchEditor_chartEvents, dataset, PlotOrientation.VERTICAL, false, true, false);
		ChartTheme.standard().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, ChartTheme.GREEN);
		renderer.setMaximumBarWidth(0.08);
		CategoryAxis days = plot.getDomainAxis();
		days.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
	}

	JFreeChart chart() {
		return chart;
	}

	void show(Map<LocalDate, Integer> perDay) {
		dataset.clear();
		perDay.forEach((day, count) -> dataset.addValue(count, Messages.BatchEditor_chartEvents, DAY.format(day)));
	}

	int dayCount() {
		return dataset.getColumnCount();
	}
}
