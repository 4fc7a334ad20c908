package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.model.TypicalYield;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.SensorSeries;

/** Each chart's data from hand-made inputs with known answers, and a picture of each to look at. */
class ProvenanceChartsTest {

	private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
	private static final String TRUCK = "urn:truck";
	private static final String MILL = "urn:mill";
	private static final String STORE = "urn:store";
	private static final String BEIJING = "urn:beijing";
	private static final Map<String, String> NAMES = Map.of(MILL, "吉林米业 Jilin mill", STORE, "长春冷库 Changchun store",
			BEIJING, "北京 Beijing", "urn:coop", "梅河口合作社 Meihekou co-op", "urn:millco", "Jilin Rice Co.", "urn:storeco",
			"Changchun Cold Chain Co.");

	private static Instant hours(int h) {
		return T.plusSeconds(3600L * h);
	}

	private static SensorSeries truckLog() {
		List<SensorReading> log = new ArrayList<>();
		String[] celsius = { "2", "3", "6.5", "7", "3", "2.5" };
		for (int i = 0; i < celsius.length; i++) {
			log.add(new SensorReading(hours(i), "Temperature", new BigDecimal(celsius[i]), "CEL", TRUCK));
		}
		log.add(new SensorReading(hours(6), "Temperature", new BigDecimal("37.4"), "FAR", TRUCK));
		log.add(new SensorReading(hours(7), "Temperature", new BigDecimal("-300"), "CEL", TRUCK));
		return SensorSeries.temperatures(log);
	}

	private static SensorSeries humidityLog() {
		List<SensorReading> log = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			log.add(new SensorReading(hours(i), "RelativeHumidity", BigDecimal.valueOf(88 + i), "P1", TRUCK));
		}
		log.add(new SensorReading(hours(6), "RelativeHumidity", new BigDecimal("0.91"), "C62", TRUCK));
		return SensorSeries.of(SensorSeries.Measure.RELATIVE_HUMIDITY, log);
	}

	@Test
	void sensorChartShadesTheBandAndEachExcursionAndDrawsEachUnitAsItsOwnLineHumidityOnItsOwnAxis() throws IOException {
		SensorSeries series = truckLog();
		List<SensorSeries.Excursion> excursions = series.excursions(StorageBand.CHILLED);
		JFreeChart chart = SensorChart.of(List.of(series, humidityLog()), StorageBand.CHILLED, excursions,
				ChartTheme.standard(), Locale.ENGLISH);

		XYPlot plot = chart.getXYPlot();
		assertEquals(2, plot.getDataset(1).getSeriesCount(), "humidity read in percent, and as fractions");
		assertEquals(91.0, plot.getDataset(1).getYValue(1, 0), 0.01, "0.91 is 91 %");
		assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxisForDataset(1)), "humidity on its own axis");
		XYDataset lines = plot.getDataset();
		assertEquals(2, lines.getSeriesCount(), "°C readings and °F readings");
		assertEquals(6, lines.getItemCount(0));
		assertEquals(3.0, lines.getYValue(1, 0), 0.01, "37.4 °F is 3 °C");
		IntervalMarker band = (IntervalMarker) only(plot.getRangeMarkers(0, Layer.BACKGROUND));
		assertEquals(0.0, band.getStartValue());
		assertEquals(4.0, band.getEndValue());
		IntervalMarker stripe = (IntervalMarker) only(plot.getDomainMarkers(Layer.BACKGROUND));
		assertEquals(hours(2).toEpochMilli(), (long) stripe.getStartValue(), "the excursion starts with the 6.5 °C reading");
		assertEquals(hours(3).toEpochMilli(), (long) stripe.getEndValue());
		Pictures.save("sensor-chilled.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	@Test
	void sensorChartWithoutABandSaysSo() {
		JFreeChart chart = SensorChart.of(List.of(truckLog()), null, List.of(), ChartTheme.standard(), Locale.ENGLISH);

		assertEquals(null, chart.getXYPlot().getRangeMarkers(0, Layer.BACKGROUND));
		assertTrue(chart.getSubtitleCount() > 1, "a subtitle says there is no band"); //$NON-NLS-1$
	}

	private static CustodyChain chain() {
		CustodyChain.Stop atMill = new CustodyChain.Stop("rice", "urn:millco", MILL, hours(0), hours(24),
				new BigDecimal("7000"), BigDecimal.ZERO, "KGM");
		CustodyChain.Stop inStore = new CustodyChain.Stop("rice", "urn:storeco", STORE, hours(36), hours(48),
				new BigDecimal("7000"), BigDecimal.ZERO, "KGM");
		CustodyChain.Stop inBeijing = new CustodyChain.Stop("rice", null, BEIJING, hours(60), null, BigDecimal.TEN,
				BigDecimal.TEN, "KGM");
		return new CustodyChain(List.of(atMill, inStore, inBeijing),
				List.of(new CustodyChain.Move("rice", atMill, inStore, hours(24), hours(36), new BigDecimal("7000"), "KGM"),
						new CustodyChain.Move("rice", inStore, inBeijing, hours(48), hours(60), BigDecimal.TEN, "KGM")),
				List.of(),
				List.of(new CustodyChain.Mark("rice", hours(24), CustodyChain.Mark.Kind.SHIPPED, MILL),
						new CustodyChain.Mark("rice", hours(36), CustodyChain.Mark.Kind.RECEIVED, STORE),
						new CustodyChain.Mark("rice", hours(40), CustodyChain.Mark.Kind.INSPECTION_FAILED, STORE)));
	}

	@Test
	void custodyTimelineHasARowPerPlaceABarPerCustodyAndTheTransitOnTheReceiversRow() throws IOException {
		JFreeChart chart = CustodyGantt.of(chain(), List.of(new CustodyGantt.Excursion("rice", hours(38))),
				NAMES::get, hours(72), ChartTheme.standard());

		CategoryPlot plot = chart.getCategoryPlot();
		TaskSeriesCollection tasks = (TaskSeriesCollection) plot.getDataset();
		assertEquals(List.of("吉林米业 Jilin mill", "长春冷库 Changchun store", "北京 Beijing"), tasks.getColumnKeys());
		assertEquals(hours(0).toEpochMilli(), tasks.getStartValue(0, 0).longValue());
		assertEquals(hours(24).toEpochMilli(), tasks.getEndValue(0, 0).longValue());
		assertEquals(hours(72).toEpochMilli(), tasks.getEndValue(0, 2).longValue(), "a custody that lasts runs to now");
		assertEquals(hours(24).toEpochMilli(), tasks.getStartValue(1, 1).longValue(), "in transit from the mill...");
		assertEquals(hours(36).toEpochMilli(), tasks.getEndValue(1, 1).longValue(), "...to the store");
		assertEquals(4, plot.getAnnotations().size(), "shipped, received, failed inspection and the excursion");
		Pictures.save("custody-timeline.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	@Test
	void journeyMapPutsJilinPlacesInsideAndOthersOnItsEdge() throws IOException {
		Map<String, Location> locations = Map.of(MILL, new Location(MILL, "220203", "吉林米业", "Jilin mill", 43.84, 126.55, null, false),
				STORE, new Location(STORE, "220102", "长春冷库", "Changchun store", 43.88, 125.32, null, false),
				BEIJING, new Location(BEIJING, "110105", "北京", "Beijing", 39.90, 116.40, null, false));
		JourneyMap map = JourneyMap.of(chain(), locations, NAMES::get, move -> move.quantity() + " kg", //$NON-NLS-1$
				ChartTheme.standard());

		assertEquals(3, map.places().size());
		assertEquals(List.of("7000 kg", "10 kg"), map.arrows().stream().map(JourneyMap.Arrow::label).toList());
		Rectangle2D area = new Rectangle2D.Double(0, 0, 1000, 700);
		BufferedImage image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
		map.draw(image.createGraphics(), area);
		Point2D mill = map.shownAt(map.places().get(0));
		Point2D store = map.shownAt(map.places().get(1));
		Point2D beijing = map.shownAt(map.places().get(2));
		assertTrue(store.getX() < mill.getX(), "Changchun lies west of Jilin city");
		assertTrue(beijing.getX() < store.getX() && beijing.getY() > store.getY(), "Beijing is south-west, at the edge");
		assertFalse(map.places().get(2).inJilin());
		assertEquals("吉林米业 Jilin mill", map.tooltipAt(mill.getX(), mill.getY()));
		Pictures.save("journey-map.png", map); //$NON-NLS-1$
	}

	@Test
	void massBalanceShowsInputsOutputsAndFlagsAnImplausibleYield() throws IOException {
		EventHashId id = EventHashId.ofDigest(new byte[32]);
		List<QuantityElement> paddy = List.of(new QuantityElement("paddy", new BigDecimal("10000"), "KGM"));
		List<QuantityElement> rice = List.of(new QuantityElement("rice", new BigDecimal("8000"), "KGM"));
		MassBalance milling = new MassBalance(id, hours(10), BizSteps.MILLING, MILL, paddy, rice, new BigDecimal("10000"),
				new BigDecimal("8000"), TypicalYield.RICE_MILLING);
		MassBalance killing = new MassBalance(id, hours(20), BizSteps.KILLING, MILL, List.of(), rice, null,
				new BigDecimal("8000"), TypicalYield.CATTLE_DRESSING);
		JFreeChart chart = MassBalanceChart.of(List.of(milling, killing), step -> "Milling", NAMES::get, //$NON-NLS-1$
				ChartTheme.standard(), Locale.ENGLISH);

		CategoryDataset dataset = chart.getCategoryPlot().getDataset();
		assertEquals(1, dataset.getColumnCount(), "head of cattle have no bars");
		assertEquals(10000, dataset.getValue(0, 0).intValue());
		assertEquals(8000, dataset.getValue(1, 0).intValue());
		assertEquals("yield 80.0 %: implausible (typical 68–72 %)", MassBalanceChart.yieldText(milling));
		assertEquals("not counted in kg", MassBalanceChart.yieldText(killing));
		Pictures.save("mass-balance.png", new ChartDrawing(chart)); //$NON-NLS-1$
	}

	private static Marker only(Collection<?> markers) {
		assertEquals(1, markers.size(), String.valueOf(markers));
		return (Marker) markers.iterator().next();
	}
}
