package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.credit.CreditProfile;

/**
 * The provincial dashboard's charts: events recorded and anchored per day,
 * kilograms by product or by prefecture, and the organisations' credit
 * scores, each bar in its grade's colour.
 */
public final class DashboardCharts {

	/** An organisation's place in the ranking. */
	public record Ranked(String name, CreditProfile profile) {
	}

	/** A day without events: none recorded, none anchored. */
	private static final long[] NONE = { 0, 0 };

	private DashboardCharts() {
	}

	/**
	 * Two lines, events recorded and anchored per day, from the first day with
	 * events to the period's last day: a day without events is a point at zero,
	 * not a line across it, and quiet days at the end show as such. Anchored is
	 * drawn over recorded, thinner and dashed, so that equal counts show both.
	 *
	 * @param perDay  events recorded and anchored each day that had any
	 * @param lastDay the period's last day
	 */
	public static JFreeChart eventsPerDay(SortedMap<LocalDate, long[]> perDay, LocalDate lastDay, ChartTheme theme,
			Locale locale) {
		TimeSeries recorded = new TimeSeries(Texts.Dashboard_recorded.text(locale));
		TimeSeries anchored = new TimeSeries(Texts.Dashboard_anchored.text(locale));
		if (!perDay.isEmpty()) {
			LocalDate last = lastDay.isAfter(perDay.lastKey()) ? lastDay : perDay.lastKey();
			for (LocalDate day = perDay.firstKey(); !day.isAfter(last); day = day.plusDays(1)) {
				long[] counts = perDay.getOrDefault(day, NONE);
				Day d = new Day(Date.from(day.atStartOfDay(theme.zone()).toInstant()), theme.timeZone(), locale);
				recorded.add(d, counts[0]);
				anchored.add(d, counts[1]);
			}
		}
		TimeSeriesCollection data = new TimeSeriesCollection();
		data.addSeries(recorded);
		data.addSeries(anchored);
		DateAxis days = new DateAxis();
		days.setTimeZone(theme.timeZone());
		days.setDateFormatOverride(theme.days());
		NumberAxis events = new NumberAxis(Texts.Dashboard_events.text(locale));
		events.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, perDay.size() < 60);
		renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} {1}: {2}", theme.days(), //$NON-NLS-1$
				NumberFormat.getIntegerInstance(locale)));
		XYPlot plot = new XYPlot(data, days, events, renderer);
		plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
		JFreeChart chart = new JFreeChart(Texts.Dashboard_perDayTitle.text(locale), theme.title(), plot, true);
		theme.apply(chart);
		theme.roomForDates(chart, days.getDateFormatOverride());
		renderer.setSeriesPaint(0, ChartTheme.BLUE);
		renderer.setSeriesPaint(1, ChartTheme.GREEN);
		// Recorded wide enough that it shows on both sides of anchored, dashed over it, where they are equal.
		renderer.setSeriesStroke(0, new BasicStroke(theme.size(5)));
		renderer.setSeriesStroke(1, theme.dashed());
		return chart;
	}

	/** Horizontal bars of kilograms, largest first, labelled in the user's words. */
	public static JFreeChart kilograms(String title, Map<String, BigDecimal> kg, ChartTheme theme, Locale locale) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		kg.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
				.forEach(e -> data.addValue(e.getValue().divide(BigDecimal.valueOf(1000)), Texts.Dashboard_tonnes.text(locale),
						e.getKey()));
		BarRenderer renderer = new BarRenderer();
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + ": " //$NON-NLS-1$
				+ Tonnes.of(kg.get(dataset.getColumnKey(column).toString())) + " " + Texts.Unit_tonne.text(locale)); //$NON-NLS-1$
		NumberAxis tonnes = new NumberAxis(Texts.Dashboard_tonnes.text(locale));
		CategoryPlot plot = new CategoryPlot(data, names(theme), tonnes, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart(title, theme.title(), plot, false);
		theme.apply(chart);
		renderer.setSeriesPaint(0, ChartTheme.SKY_BLUE);
		return chart;
	}

	/** The organisations best first, each bar its score in its grade's colour. */
	public static JFreeChart creditRanking(List<Ranked> ranking, ChartTheme theme, Locale locale) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		ranking.stream().filter(r -> r.profile().score() != null)
				.forEach(r -> data.addValue(r.profile().score(), Texts.CreditTrendChart_score.text(locale), r.name()));
		BarRenderer renderer = new BarRenderer() {
			private static final long serialVersionUID = 1L;

			@Override
			public Paint getItemPaint(int row, int column) {
				String name = (String) data.getColumnKey(column);
				return ranking.stream().filter(r -> r.name().equals(name)).findFirst()
						.map(r -> (Paint) CreditTrendChart.colour(r.profile().grade())).orElse(ChartTheme.GRID);
			}
		};
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.1);
		renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", //$NON-NLS-1$
				NumberFormat.getIntegerInstance(locale)));
		NumberAxis score = new NumberAxis(Texts.CreditTrendChart_score.text(locale));
		score.setRange(0, 100);
		CategoryPlot plot = new CategoryPlot(data, names(theme), score, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart(Texts.Dashboard_rankingTitle.text(locale), theme.title(), plot, false);
		theme.apply(chart);
		theme.roomForLastTick(chart, "100"); //$NON-NLS-1$
		return chart;
	}

	/**
	 * Names beside horizontal bars: up to half the plot's width and two lines,
	 * where JFreeChart's 30 % and one line cut "吉林长白山人参（鲜参）" short;
	 * where a bar's band holds one line only (a dozen names on a projector), a
	 * long name is set smaller on one line, down to the theme's smallest type,
	 * as two lines ran over the names above and below.
	 */
	private static CategoryAxis names(ChartTheme theme) {
		CategoryAxis axis = new CategoryAxis() {
			private static final long serialVersionUID = 1L;
			private int lines = 2;

			@Override
			@SuppressWarnings("rawtypes")
			public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
				int count = ((CategoryPlot) getPlot()).getCategoriesForAxis(this).size();
				double band = count == 0 ? 0
						: calculateCategorySize(count, dataArea, edge) + calculateCategoryGapSize(count, dataArea, edge);
				double line = g2.getFontMetrics(getTickLabelFont()).getHeight();
				lines = band >= 2 * line ? 2 : 1;
				return super.refreshTicks(g2, state, dataArea, edge);
			}

			@Override
			@SuppressWarnings("rawtypes")
			protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
				String name = category.toString();
				Font font = getTickLabelFont(category);
				double needed = g2.getFontMetrics(font).getStringBounds(name, g2).getWidth();
				if (lines == 1 && needed > width) {
					// A little smaller than in proportion: the measurer sums the words' widths, which round up.
					font = font.deriveFont(Math.max(theme.small().getSize2D(), (float) (font.getSize2D() * width / needed * 0.97)));
				}
				// The measurer measures in the graphics' font.
				g2.setFont(font);
				return TextUtils.createTextBlock(name, font, getTickLabelPaint(category), width, lines, new G2TextMeasurer(g2));
			}
		};
		axis.setMaximumCategoryLabelWidthRatio(0.5f);
		return axis;
	}
}
