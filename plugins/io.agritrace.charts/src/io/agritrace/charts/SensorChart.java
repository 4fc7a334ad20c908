package io.agritrace.charts;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.agritrace.charts.internal.Messages;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.TemperatureSeries;

/**
 * A lot's temperatures over time: one line per unit the readings came in
 * (all drawn in °C), the product's storage band shaded behind them, and each
 * excursion out of it shaded across the chart. A lot without a band says so.
 */
public final class SensorChart {

	/** An excursion narrower than this still shows as a stripe. */
	private static final Duration LEAST_STRIPE = Duration.ofMinutes(20);

	private SensorChart() {
	}

	/**
	 * @param band       the product's storage band, or null when it has none
	 * @param excursions the series' excursions out of that band
	 */
	public static JFreeChart of(TemperatureSeries series, StorageBand band, List<TemperatureSeries.Excursion> excursions,
			ChartTheme theme, Locale locale) {
		XYSeriesCollection lines = new XYSeriesCollection();
		Map<String, XYSeries> byUnit = new LinkedHashMap<>();
		for (TemperatureSeries.Reading r : series.readings()) {
			byUnit.computeIfAbsent(r.unit(), unit -> new XYSeries(seriesName(unit), true, true))
					.add(r.time().toEpochMilli(), r.celsius());
		}
		byUnit.values().forEach(lines::addSeries);

		DateAxis time = new DateAxis(Messages.SensorChart_time);
		time.setDateFormatOverride(ChartTheme.dates(span(series)));
		NumberAxis celsius = new NumberAxis(Messages.SensorChart_celsius);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2} °C", //$NON-NLS-1$
				ChartTheme.dates(Duration.ZERO), NumberFormat.getInstance(locale)));
		XYPlot plot = new XYPlot(lines, time, celsius, renderer);
		JFreeChart chart = new JFreeChart(Messages.SensorChart_title, theme.title(), plot, true);
		theme.apply(chart);

		if (band == null) {
			chart.addSubtitle(new TextTitle(Messages.SensorChart_noBand, theme.small()));
		} else {
			shadeBand(plot, band, series, theme);
		}
		for (TemperatureSeries.Excursion x : excursions) {
			Instant end = x.end().isBefore(x.start().plus(LEAST_STRIPE)) ? x.start().plus(LEAST_STRIPE) : x.end();
			IntervalMarker stripe = new IntervalMarker(x.start().toEpochMilli(), end.toEpochMilli(),
					new Color(ChartTheme.VERMILLION.getRed(), ChartTheme.VERMILLION.getGreen(), ChartTheme.VERMILLION.getBlue(), 60));
			plot.addDomainMarker(stripe, Layer.BACKGROUND);
		}
		if (!excursions.isEmpty()) {
			chart.addSubtitle(new TextTitle(NLS.bind(Messages.SensorChart_excursions, excursions.size()), theme.small(),
					ChartTheme.VERMILLION, TextTitle.DEFAULT_POSITION, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
					TextTitle.DEFAULT_VERTICAL_ALIGNMENT, TextTitle.DEFAULT_PADDING));
		}
		return chart;
	}

	private static Duration span(TemperatureSeries series) {
		List<TemperatureSeries.Reading> readings = series.readings();
		return readings.isEmpty() ? Duration.ZERO
				: Duration.between(readings.get(0).time(), readings.get(readings.size() - 1).time());
	}

	/** "Temperature (°C)", or "Temperature (read in °F)" for readings converted from another unit. */
	private static String seriesName(String unit) {
		return switch (unit) {
		case "CEL" -> Messages.SensorChart_seriesCelsius; //$NON-NLS-1$
		case "FAR" -> NLS.bind(Messages.SensorChart_seriesConverted, "°F"); //$NON-NLS-1$ //$NON-NLS-2$
		case "KEL" -> NLS.bind(Messages.SensorChart_seriesConverted, "K"); //$NON-NLS-1$ //$NON-NLS-2$
		default -> NLS.bind(Messages.SensorChart_seriesConverted, unit);
		};
	}

	/** The band behind the lines, and a value axis wide enough to show both. */
	private static void shadeBand(XYPlot plot, StorageBand band, TemperatureSeries series, ChartTheme theme) {
		double lowest = series.readings().stream().map(TemperatureSeries.Reading::celsius).map(BigDecimal::doubleValue)
				.min(Double::compare).orElse(band.max().doubleValue());
		double highest = series.readings().stream().map(TemperatureSeries.Reading::celsius).map(BigDecimal::doubleValue)
				.max(Double::compare).orElse(band.max().doubleValue());
		double max = band.max().doubleValue();
		// A band with no lower limit reaches absolute zero; the axis stops near the readings.
		double min = band.min() == null ? -273.15 : band.min().doubleValue();
		IntervalMarker shade = new IntervalMarker(min, max, ChartTheme.BAND);
		shade.setLabel(band.label());
		shade.setLabelFont(theme.small());
		shade.setLabelPaint(ChartTheme.GREEN.darker());
		shade.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		shade.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addRangeMarker(shade, Layer.BACKGROUND);
		double bottom = band.min() == null ? Math.min(lowest, max) : Math.min(lowest, min);
		plot.getRangeAxis().setRange(bottom - 2, Math.max(highest, max) + 2);
	}
}
