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
import java.util.Optional;

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

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.SensorSeries;

/**
 * A lot's sensor readings over time: temperatures on the left axis with the
 * product's storage band shaded behind them and each excursion out of it
 * shaded across the chart, relative humidity on the right axis; one line per
 * unit the readings came in, each drawn in its measure's unit. A lot without
 * a band, or without readings, says so.
 */
public final class SensorChart {

	/** An excursion narrower than this still shows as a stripe. */
	private static final Duration LEAST_STRIPE = Duration.ofMinutes(20);

	private SensorChart() {
	}

	/**
	 * @param series     the lot's series, at most one per measure
	 * @param band       the product's storage band, or null when it has none
	 * @param excursions the temperatures' excursions out of that band
	 */
	public static JFreeChart of(List<SensorSeries> series, StorageBand band, List<SensorSeries.Excursion> excursions,
			ChartTheme theme, Locale locale) {
		Optional<SensorSeries> temperatures = measure(series, SensorSeries.Measure.TEMPERATURE);
		Optional<SensorSeries> humidity = measure(series, SensorSeries.Measure.RELATIVE_HUMIDITY);
		DateAxis time = new DateAxis(Texts.SensorChart_time.text(locale));
		time.setTimeZone(theme.timeZone());
		time.setDateFormatOverride(theme.dates(span(series)));
		XYPlot plot = new XYPlot();
		plot.setDomainAxis(time);
		plot.setDataset(0, lines(temperatures, locale));
		plot.setRangeAxis(0, new NumberAxis(Texts.SensorChart_celsius.text(locale)));
		plot.setRenderer(0, renderer("°C", theme, locale)); //$NON-NLS-1$
		if (humidity.isPresent()) {
			plot.setDataset(1, lines(humidity, locale));
			NumberAxis percent = new NumberAxis(Texts.SensorChart_humidity.text(locale));
			percent.setRange(0, 100);
			plot.setRangeAxis(1, percent);
			plot.mapDatasetToRangeAxis(1, 1);
			plot.setRenderer(1, renderer("%", theme, locale)); //$NON-NLS-1$
		}
		JFreeChart chart = new JFreeChart(Texts.SensorChart_title.text(locale), theme.title(), plot, true);
		theme.apply(chart);
		theme.roomForDates(chart, time.getDateFormatOverride());
		if (humidity.isPresent()) {
			// The theme colours each renderer's series from the first colour; humidity takes purple on,
			// clear of the band's green and the excursions' vermillion.
			for (int i = 0; i < plot.getDataset(1).getSeriesCount(); i++) {
				plot.getRenderer(1).setSeriesPaint(i, ChartTheme.SERIES.get((i + 5) % ChartTheme.SERIES.size()));
			}
		}
		if (series.isEmpty()) {
			chart.addSubtitle(new TextTitle(Texts.SensorChart_noReadings.text(locale), theme.small()));
		} else if (band == null) {
			chart.addSubtitle(new TextTitle(Texts.SensorChart_noBand.text(locale), theme.small()));
		} else {
			shadeBand(plot, band, temperatures.map(SensorSeries::readings).orElse(List.of()), theme, locale);
		}
		for (SensorSeries.Excursion x : excursions) {
			Instant end = x.end().isBefore(x.start().plus(LEAST_STRIPE)) ? x.start().plus(LEAST_STRIPE) : x.end();
			Color red = ChartTheme.VERMILLION;
			plot.addDomainMarker(new IntervalMarker(x.start().toEpochMilli(), end.toEpochMilli(),
					new Color(red.getRed(), red.getGreen(), red.getBlue(), 60)), Layer.BACKGROUND);
		}
		if (!excursions.isEmpty()) {
			chart.addSubtitle(new TextTitle(Texts.SensorChart_excursions.text(locale, excursions.size()), theme.small(),
					ChartTheme.VERMILLION, TextTitle.DEFAULT_POSITION, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
					TextTitle.DEFAULT_VERTICAL_ALIGNMENT, TextTitle.DEFAULT_PADDING));
		}
		return chart;
	}

	private static Optional<SensorSeries> measure(List<SensorSeries> series, SensorSeries.Measure measure) {
		return series.stream().filter(s -> s.measure() == measure).findFirst();
	}

	/** One line per unit the readings came in. */
	private static XYSeriesCollection lines(Optional<SensorSeries> series, Locale locale) {
		XYSeriesCollection lines = new XYSeriesCollection();
		if (series.isEmpty()) {
			return lines;
		}
		SensorSeries.Measure measure = series.get().measure();
		Map<String, XYSeries> byUnit = new LinkedHashMap<>();
		for (SensorSeries.Reading r : series.get().readings()) {
			byUnit.computeIfAbsent(r.unit(), unit -> new XYSeries(seriesName(measure, unit, locale), true, true))
					.add(r.time().toEpochMilli(), r.value());
		}
		byUnit.values().forEach(lines::addSeries);
		return lines;
	}

	private static XYLineAndShapeRenderer renderer(String unit, ChartTheme theme, Locale locale) {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2} " + unit, //$NON-NLS-1$
				theme.minutes(), NumberFormat.getInstance(locale)));
		return renderer;
	}

	private static Duration span(List<SensorSeries> series) {
		Instant first = null;
		Instant last = null;
		for (SensorSeries s : series) {
			for (SensorSeries.Reading r : s.readings()) {
				first = first == null || r.time().isBefore(first) ? r.time() : first;
				last = last == null || r.time().isAfter(last) ? r.time() : last;
			}
		}
		return first == null ? Duration.ZERO : Duration.between(first, last);
	}

	/** "Temperature, read in °C", or "Temperature, read in °F, shown in °C" for converted readings. */
	private static String seriesName(SensorSeries.Measure measure, String unit, Locale locale) {
		String name = measure == SensorSeries.Measure.TEMPERATURE ? Texts.SensorChart_temperature.text(locale)
				: Texts.SensorChart_relativeHumidity.text(locale);
		return unit.equals(measure.unit()) ? Texts.SensorChart_series.text(locale, name, symbol(unit, locale))
				: Texts.SensorChart_seriesConverted.text(locale, name, symbol(unit, locale),
						symbol(measure.unit(), locale));
	}

	/** How a UN/ECE unit is written on a chart. */
	private static String symbol(String unit, Locale locale) {
		return switch (unit) {
		case "CEL" -> "°C"; //$NON-NLS-1$ //$NON-NLS-2$
		case "FAR" -> "°F"; //$NON-NLS-1$ //$NON-NLS-2$
		case "KEL" -> "K"; //$NON-NLS-1$ //$NON-NLS-2$
		case "P1" -> "%"; //$NON-NLS-1$ //$NON-NLS-2$
		case "C62" -> Texts.SensorChart_fraction.text(locale); //$NON-NLS-1$
		default -> unit;
		};
	}

	/** The band behind the temperatures, and a value axis wide enough to show both. */
	private static void shadeBand(XYPlot plot, StorageBand band, List<SensorSeries.Reading> readings, ChartTheme theme,
			Locale locale) {
		double max = band.max().doubleValue();
		double lowest = readings.stream().map(SensorSeries.Reading::value).map(BigDecimal::doubleValue)
				.min(Double::compare).orElse(max);
		double highest = readings.stream().map(SensorSeries.Reading::value).map(BigDecimal::doubleValue)
				.max(Double::compare).orElse(max);
		// A band with no lower limit reaches absolute zero; the axis stops near the readings.
		double min = band.min() == null ? -273.15 : band.min().doubleValue();
		IntervalMarker shade = new IntervalMarker(min, max, ChartTheme.BAND);
		shade.setLabel(band.label(locale));
		shade.setLabelFont(theme.small());
		shade.setLabelPaint(ChartTheme.GREEN.darker());
		shade.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		shade.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addRangeMarker(0, shade, Layer.BACKGROUND);
		double bottom = band.min() == null ? Math.min(lowest, max) : Math.min(lowest, min);
		plot.getRangeAxis(0).setRange(bottom - 2, Math.max(highest, max) + 2);
	}
}
