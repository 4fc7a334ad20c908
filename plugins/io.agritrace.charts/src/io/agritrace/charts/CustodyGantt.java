package io.agritrace.charts;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.labels.IntervalCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.trace.CustodyChain;

/**
 * Who held the lot and its inputs where, over time: one row per place (or
 * holder, where the events name no place), one bar per custody, the time in
 * transit as a bar of its own colour on the receiving place's row, and a mark
 * for each shipment, receipt, inspection and excursion. Places rather than
 * holders make the rows: one holder's dryer and mill are two rows, as the map
 * shows them.
 */
public final class CustodyGantt {

	/** A mark on the timeline that is not an event of the chain: an excursion out of the storage band. */
	public record Excursion(String item, Instant time) {
	}

	private CustodyGantt() {
	}

	/**
	 * @param names display names of parties and places
	 * @param now   where a custody that still lasts ends on the chart
	 */
	public static JFreeChart of(CustodyChain chain, List<Excursion> excursions, Function<String, String> names,
			Instant now, ChartTheme theme, Locale locale) {
		Map<String, List<SimpleTimePeriod>> held = new LinkedHashMap<>();
		Map<String, List<SimpleTimePeriod>> transit = new LinkedHashMap<>();
		// Rows in the order the lot reached them: the farm at the top, the shops at the bottom.
		List<CustodyChain.Stop> stops = new ArrayList<>(chain.stops());
		stops.sort(Comparator.comparing(CustodyChain.Stop::from));
		for (CustodyChain.Stop stop : stops) {
			held.computeIfAbsent(row(stop, names), r -> new ArrayList<>())
					.add(period(stop.from(), stop.to() == null ? now : stop.to()));
		}
		for (CustodyChain.Move move : chain.moves()) {
			transit.computeIfAbsent(row(move.to(), names), r -> new ArrayList<>())
					.add(period(move.left(), move.arrived()));
		}
		TaskSeriesCollection tasks = new TaskSeriesCollection();
		tasks.add(series(Texts.CustodyGantt_held.text(locale), held));
		tasks.add(series(Texts.CustodyGantt_inTransit.text(locale), transit));

		CategoryAxis rows = new CategoryAxis();
		rows.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		rows.setMaximumCategoryLabelWidthRatio(0.35f);
		DateAxis time = new DateAxis(Texts.SensorChart_time.text(locale));
		Instant first = chain.stops().stream().map(CustodyChain.Stop::from).min(Instant::compareTo).orElse(now);
		time.setTimeZone(theme.timeZone());
		time.setDateFormatOverride(theme.dates(Duration.between(first, now)));
		GanttRenderer renderer = new GanttRenderer();
		renderer.setDefaultToolTipGenerator(
				new IntervalCategoryToolTipGenerator("{0} · {1}: {3} – {4}", theme.minutes())); //$NON-NLS-1$
		CategoryPlot plot = new CategoryPlot(tasks, rows, time, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart(Texts.CustodyGantt_title.text(locale), theme.title(), plot, true);
		theme.apply(chart);
		theme.roomForDates(chart, time.getDateFormatOverride());
		renderer.setSeriesPaint(0, ChartTheme.BLUE);
		renderer.setSeriesPaint(1, ChartTheme.ORANGE);
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);

		for (CustodyChain.Mark mark : chain.marks()) {
			CustodyChain.Stop stop = holding(chain, mark.item(), mark.time());
			if (stop != null) {
				plot.addAnnotation(glyph(glyph(mark.kind()), colour(mark.kind()), row(stop, names), mark.time(), theme));
			}
		}
		for (Excursion x : excursions) {
			CustodyChain.Stop stop = holding(chain, x.item(), x.time());
			if (stop != null) {
				plot.addAnnotation(glyph("◆", ChartTheme.VERMILLION, row(stop, names), x.time(), theme)); //$NON-NLS-1$
			}
		}
		chart.addSubtitle(new TextTitle(Texts.CustodyGantt_legend.text(locale), theme.small()));
		return chart;
	}

	private static String row(CustodyChain.Stop stop, Function<String, String> names) {
		return names.apply(stop.location() != null ? stop.location() : stop.party());
	}

	private static SimpleTimePeriod period(Instant from, Instant to) {
		return new SimpleTimePeriod(Date.from(from), Date.from(to.isBefore(from) ? from : to));
	}

	/** One task per row, its periods as subtasks: JFreeChart draws a row's bars from one task. */
	private static TaskSeries series(String name, Map<String, List<SimpleTimePeriod>> rows) {
		TaskSeries series = new TaskSeries(name);
		rows.forEach((row, periods) -> {
			Date start = periods.stream().map(SimpleTimePeriod::getStart).min(Date::compareTo).orElseThrow();
			Date end = periods.stream().map(SimpleTimePeriod::getEnd).max(Date::compareTo).orElseThrow();
			Task task = new Task(row, start, end);
			periods.forEach(p -> task.addSubtask(new Task(row, p)));
			series.add(task);
		});
		return series;
	}

	/** The stop of the item that a moment falls in, or the one that ended last before it. */
	private static CustodyChain.Stop holding(CustodyChain chain, String item, Instant time) {
		CustodyChain.Stop found = null;
		for (CustodyChain.Stop stop : chain.stops()) {
			if (stop.item().equals(item) && !stop.from().isAfter(time)) {
				found = stop;
			}
		}
		return found;
	}

	private static String glyph(CustodyChain.Mark.Kind kind) {
		return switch (kind) {
		case SHIPPED -> "▲"; //$NON-NLS-1$
		case RECEIVED -> "▼"; //$NON-NLS-1$
		case INSPECTION_PASSED -> "●"; //$NON-NLS-1$
		case INSPECTION_FAILED -> "■"; //$NON-NLS-1$
		};
	}

	private static Color colour(CustodyChain.Mark.Kind kind) {
		return switch (kind) {
		case SHIPPED, RECEIVED -> ChartTheme.INK;
		case INSPECTION_PASSED -> ChartTheme.GREEN;
		case INSPECTION_FAILED -> ChartTheme.PURPLE;
		};
	}

	private static CategoryTextAnnotation glyph(String text, Color colour, String row, Instant time, ChartTheme theme) {
		CategoryTextAnnotation a = new CategoryTextAnnotation(text, row, time.toEpochMilli());
		a.setFont(theme.strong());
		a.setPaint(colour);
		a.setTextAnchor(TextAnchor.CENTER);
		return a;
	}
}
