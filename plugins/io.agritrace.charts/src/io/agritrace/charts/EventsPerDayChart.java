package io.agritrace.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
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
		String day = Texts.EventsPerDayChart_day.text(locale);
		JFreeChart chart = ChartFactory.createBarChart(Texts.EventsPerDayChart_title.text(locale), day, events, dataset,
				PlotOrientation.VERTICAL, false, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setDomainAxis(new Days(day));
		theme.apply(chart);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, ChartTheme.GREEN);
		renderer.setMaximumBarWidth(0.08);
		CategoryAxis days = plot.getDomainAxis();
		days.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return chart;
	}

	/**
	 * The days under their bars at 45°: every day's date where the bars stand
	 * a line apart, else every second's, third's…, so that on a narrow chart
	 * (the Overview of an editor beside the navigator) no date runs into the
	 * next and cuts it.
	 */
	private static final class Days extends CategoryAxis {

		private static final long serialVersionUID = 1L;
		private static final double SIN_45 = Math.sqrt(0.5);

		Days(String label) {
			super(label);
		}

		@Override
		@SuppressWarnings("rawtypes")
		public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area, RectangleEdge edge) {
			@SuppressWarnings("unchecked")
			List<Tick> ticks = super.refreshTicks(g2, state, area, edge);
			if (ticks.size() < 2) {
				return ticks;
			}
			// Dates at 45° stand apart by the bars' distance times sin 45°; the area here is the plot's, a little wider
			// than the bars', hence a quarter of a line to spare.
			double apart = (getCategoryMiddle(1, ticks.size(), area, edge) - getCategoryMiddle(0, ticks.size(), area, edge)) * SIN_45;
			double line = g2.getFontMetrics(getTickLabelFont()).getHeight() * 1.25;
			int every = (int) Math.ceil(line / apart);
			List<Tick> shown = new ArrayList<>();
			for (int i = 0; i < ticks.size(); i++) {
				CategoryTick tick = (CategoryTick) ticks.get(i);
				shown.add(i % every == 0 ? tick
						: new CategoryTick(tick.getCategory(), new TextBlock(), tick.getLabelAnchor(), tick.getRotationAnchor(),
								tick.getAngle()));
			}
			return shown;
		}
	}
}
