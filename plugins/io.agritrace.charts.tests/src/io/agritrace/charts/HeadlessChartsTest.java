package io.agritrace.charts;

import static io.agritrace.charts.SampleTrace.NAMES;
import static io.agritrace.charts.SampleTrace.chain;
import static io.agritrace.charts.SampleTrace.hours;
import static io.agritrace.charts.SampleTrace.humidityLog;
import static io.agritrace.charts.SampleTrace.killing;
import static io.agritrace.charts.SampleTrace.locations;
import static io.agritrace.charts.SampleTrace.milling;
import static io.agritrace.charts.SampleTrace.truckLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.model.StorageBand;

/**
 * Every chart of the bundle drawn to PNG and SVG in a JVM without a display,
 * as a report or a server would draw it: the module's build runs this
 * fragment with {@code -Djava.awt.headless=true} and no {@code DISPLAY}.
 */
class HeadlessChartsTest {

	/** A chart, and a text its picture must show. */
	private record Chart(String name, Drawing drawing, String text) {
	}

	@BeforeAll
	static void thereIsNoDisplay() {
		assertTrue(GraphicsEnvironment.isHeadless(), "the JVM runs with java.awt.headless=true");
		String display = System.getenv("DISPLAY");
		assertTrue(display == null || display.isEmpty(), "no X display, not even Xvfb: " + display);
	}

	@TestFactory
	Stream<DynamicTest> everyChartDrawsToPngAndSvg() {
		return charts().stream().flatMap(chart -> Stream.of(
				DynamicTest.dynamicTest(chart.name() + " as PNG", () -> png(chart)),
				DynamicTest.dynamicTest(chart.name() + " as SVG", () -> svg(chart))));
	}

	private static List<Chart> charts() {
		ChartTheme theme = ChartTheme.standard();
		LineageDrawing lineage = new LineageDrawing(new LineageLayout(theme).place(GeneratedLineage.of(20)), theme,
				List.of("不一致", "检验不合格", "规则警告", "待上链", "已上链", "已核验"));
		JourneyMap journey = JourneyMap.of(chain(), locations(), NAMES::get, move -> move.quantity() + " kg", theme,
				Locale.SIMPLIFIED_CHINESE);
		CountyMap counties = new CountyMap(Map.of("220203", new BigDecimal("120000"), "220102", new BigDecimal("30000")),
				List.of(new CountyMap.Flow("220203", "220102", new BigDecimal("7000"))), theme, Locale.ENGLISH);
		return List.of(new Chart("lineage", lineage, "梅河大米 Milled rice"),
				chart("custody Gantt", CustodyGantt.of(chain(), List.of(new CustodyGantt.Excursion("rice", hours(38))),
						NAMES::get, hours(72), theme, Locale.SIMPLIFIED_CHINESE)),
				chart("sensor chart", SensorChart.of(List.of(truckLog(), humidityLog()), StorageBand.CHILLED,
						truckLog().excursions(StorageBand.CHILLED), theme, Locale.ENGLISH)),
				new Chart("journey map", journey, Texts.JourneyMap_title.text(Locale.SIMPLIFIED_CHINESE)),
				chart("mass balance", MassBalanceChart.of(List.of(milling(), killing()), step -> "碾米 Milling", NAMES::get,
						theme, Locale.ENGLISH)),
				chart("credit trend", CreditTrendChart.of(months(), CreditPolicy.DEFAULTS, theme, Locale.ENGLISH)),
				chart("dashboard events per day", DashboardCharts.eventsPerDay(recordedAndAnchored(),
						LocalDate.of(2026, 10, 14), theme, Locale.SIMPLIFIED_CHINESE)),
				chart("dashboard tonnes", DashboardCharts.kilograms("各产品吨数 Tonnes by product",
						Map.of("大米 Rice", new BigDecimal("7000"), "玉米 Corn", new BigDecimal("12500")), theme, Locale.ENGLISH)),
				chart("dashboard credit ranking", DashboardCharts.creditRanking(
						List.of(new DashboardCharts.Ranked("梅河口合作社", months().get(YearMonth.of(2026, 9)))), theme,
						Locale.SIMPLIFIED_CHINESE)),
				new Chart("county map", counties, "Harvest by county and shipments between counties"),
				chart("events per day", EventsPerDayChart.of(Map.of(LocalDate.of(2026, 10, 1), 4), theme, Locale.ENGLISH)));
	}

	private static Chart chart(String name, JFreeChart chart) {
		return new Chart(name, new ChartDrawing(chart), chart.getTitle().getText());
	}

	private static Map<YearMonth, CreditProfile> months() {
		Map<YearMonth, CreditProfile> months = new LinkedHashMap<>();
		months.put(YearMonth.of(2026, 9), CreditProfile.of("coop", new CreditCounts(10, 10, 10, 0, 2, 2, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS));
		months.put(YearMonth.of(2026, 10), CreditProfile.of("coop", new CreditCounts(10, 10, 4, 6, 2, 0, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS));
		return months;
	}

	private static SortedMap<LocalDate, long[]> recordedAndAnchored() {
		SortedMap<LocalDate, long[]> perDay = new TreeMap<>();
		for (int day = 1; day <= 10; day++) {
			perDay.put(LocalDate.of(2026, 10, day), new long[] { day * 3L, day * 2L });
		}
		return perDay;
	}

	private static void png(Chart chart) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DrawingExport.png(chart.drawing(), out);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		Dimension size = DrawingExport.size(chart.drawing());
		assertEquals(size.width * DrawingExport.PRINT_SCALE, image.getWidth());
		assertEquals(size.height * DrawingExport.PRINT_SCALE, image.getHeight());
		assertTrue(out.size() > 20_000, out.size() + " bytes");
		assertTrue(colours(image) >= 8, "more than a blank page");
	}

	private static void svg(Chart chart) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DrawingExport.svg(chart.drawing(), out);

		DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
		// Batik names the SVG 1.0 DTD on the web: a reader does not need to fetch it.
		parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document svg = parser.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
		Element root = svg.getDocumentElement();
		assertEquals("svg", root.getNodeName());
		Dimension size = DrawingExport.size(chart.drawing());
		assertEquals(String.valueOf(size.width), root.getAttribute("width"));
		assertEquals(String.valueOf(size.height), root.getAttribute("height"));
		assertTrue(root.getElementsByTagName("path").getLength() + root.getElementsByTagName("rect").getLength() > 5,
				"shapes are drawn");
		assertTrue(texts(root).contains(chart.text()), "\"" + chart.text() + "\" is text in the SVG: " + texts(root));
	}

	private static String texts(Element root) {
		NodeList texts = root.getElementsByTagName("text");
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < texts.getLength(); i++) {
			all.append(texts.item(i).getTextContent()).append('\n');
		}
		return all.toString();
	}

	private static long colours(BufferedImage image) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return Arrays.stream(pixels).distinct().limit(8).count();
	}
}
