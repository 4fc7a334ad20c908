package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

import io.agritrace.core.text.Times;

/**
 * The one look of AgriTrace's charts: the Okabe–Ito palette (told apart with
 * every common colour-vision deficiency), a font that has Chinese glyphs, and
 * a large variant for a screen seen from across a room.
 */
public final class ChartTheme {

	/** Okabe & Ito, "Color Universal Design" (2008). */
	public static final Color ORANGE = new Color(0xE69F00);
	public static final Color SKY_BLUE = new Color(0x56B4E9);
	public static final Color GREEN = new Color(0x009E73);
	public static final Color YELLOW = new Color(0xF0E442);
	public static final Color BLUE = new Color(0x0072B2);
	public static final Color VERMILLION = new Color(0xD55E00);
	public static final Color PURPLE = new Color(0xCC79A7);
	public static final Color INK = new Color(0x222222);
	public static final Color GRID = new Color(0xDDDDDD);
	public static final Color PAPER = Color.WHITE;
	/** Behind an allowed band: a pale green that the series' colours stand out on. */
	public static final Color BAND = new Color(0, 0x9E, 0x73, 40);

	/** The series colours, in order. */
	public static final List<Color> SERIES = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, YELLOW);

	/** Families with Chinese glyphs, preferred in this order; Java's logical SansSerif falls back to fontconfig. */
	private static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", //$NON-NLS-1$ //$NON-NLS-2$
			"WenQuanYi Micro Hei", //$NON-NLS-1$
			"Source Han Sans SC", "Microsoft YaHei", "PingFang SC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String FAMILY = family();

	/** Text is measured as it is drawn: antialiased, on an image, with the same font fallbacks. */
	private static final Graphics2D TEXT = measuring();

	private static final ChartTheme STANDARD = new ChartTheme(1f, Times.DEFAULT_ZONE);
	private static final ChartTheme LARGE = new ChartTheme(2f, Times.DEFAULT_ZONE);

	private final float scale;
	private final ZoneId zone;

	private ChartTheme(float scale, ZoneId zone) {
		this.scale = scale;
		this.zone = zone;
	}

	/** For the workbench's editors, with times in the default zone ({@link Times#DEFAULT_ZONE}). */
	public static ChartTheme standard() {
		return STANDARD;
	}

	/** For a projector: every font and line twice as large, readable from the back of a meeting room. */
	public static ChartTheme large() {
		return LARGE;
	}

	/** This theme with times in a workspace's zone, on axes, in labels and in tooltips, whatever the JVM's zone. */
	public ChartTheme in(ZoneId workspace) {
		return new ChartTheme(scale, workspace);
	}

	/** The zone this theme writes times in. */
	public ZoneId zone() {
		return zone;
	}

	/** The zone as JFreeChart's date axes and periods take it. */
	public TimeZone timeZone() {
		return TimeZone.getTimeZone(zone);
	}

	private static String family() {
		Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
				.collect(Collectors.toSet());
		return FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
	}

	/**
	 * Screen pixels per typographic point: a chart is drawn one pixel per unit
	 * on a canvas of the screen's 96 dots per inch, where a point is 1/72 inch.
	 */
	public static final float PIXELS_PER_POINT = 96f / 72;
	/** The smallest text any chart sets, in points at the standard size: readable at 1280 × 800 and on a projector. */
	public static final float SMALLEST_POINTS = 10;

	public Font title() {
		return font(Font.BOLD, 14);
	}

	public Font label() {
		return font(Font.PLAIN, 12);
	}

	public Font small() {
		return font(Font.PLAIN, SMALLEST_POINTS);
	}

	public Font strong() {
		return font(Font.BOLD, 12);
	}

	/** A font of this many points at this theme's scale, sized in the pixels a chart is drawn in. */
	private Font font(int style, float points) {
		return new Font(FAMILY, style, 1).deriveFont(points * scale * PIXELS_PER_POINT);
	}

	/** How large a font's text is in points on the screen, when drawn at a zoom. */
	public static float points(Font font, double zoom) {
		return (float) (font.getSize2D() * zoom / PIXELS_PER_POINT);
	}

	public Stroke line() {
		return new BasicStroke(1.5f * scale);
	}

	public Stroke thick() {
		return new BasicStroke(3f * scale);
	}

	/** A line over a thick one of the same values, which shows through its gaps. */
	public Stroke dashed() {
		return new BasicStroke(2f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
				new float[] { 8f * scale, 6f * scale }, 0f);
	}

	/** A length in points at this theme's scale. */
	public int size(int points) {
		return Math.round(points * scale);
	}

	/** Gives a JFreeChart this theme's fonts, white paper, light grid lines and series colours. */
	public void apply(JFreeChart chart) {
		StandardChartTheme jfree = new StandardChartTheme("AgriTrace"); //$NON-NLS-1$
		jfree.setExtraLargeFont(title());
		jfree.setLargeFont(strong());
		jfree.setRegularFont(label());
		jfree.setSmallFont(small());
		jfree.setChartBackgroundPaint(PAPER);
		jfree.setPlotBackgroundPaint(PAPER);
		jfree.setDomainGridlinePaint(GRID);
		jfree.setRangeGridlinePaint(GRID);
		jfree.setAxisLabelPaint(INK);
		jfree.setTickLabelPaint(INK);
		jfree.setItemLabelPaint(INK);
		jfree.setLegendItemPaint(INK);
		jfree.setTitlePaint(INK);
		jfree.setSubtitlePaint(INK);
		jfree.setBarPainter(new StandardBarPainter());
		jfree.setXYBarPainter(new StandardXYBarPainter());
		jfree.setShadowVisible(false);
		jfree.setDrawingSupplier(new DefaultDrawingSupplier(SERIES.toArray(new Paint[0]),
				DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
				new Stroke[] { line() }, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		jfree.apply(chart);
		if (chart.getLegend() != null) {
			// JFreeChart sets legend items 2 px apart: "Recorded" ran into the next item's line ("已录入━已上链").
			chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, size(16)));
		}
	}

	/**
	 * Numeric dates in this theme's zone, read alike in Chinese and English: with
	 * the time of day when a chart spans a few days, without it beyond.
	 */
	public DateFormat dates(Duration span) {
		return span.compareTo(Duration.ofDays(4)) <= 0 ? minutes() : days();
	}

	/** A moment to the minute, in this theme's zone: 11-05 14:00. */
	public DateFormat minutes() {
		return inZone(new SimpleDateFormat("MM-dd HH:mm")); //$NON-NLS-1$
	}

	/** A day in this theme's zone: 2026-11-05. */
	public DateFormat days() {
		return inZone(new SimpleDateFormat("yyyy-MM-dd")); //$NON-NLS-1$
	}

	/**
	 * Room on a chart's right for half a date: JFreeChart centres each tick's
	 * label on its tick, so the last one would be cut at the edge ("2026-12-0").
	 */
	public void roomForDates(JFreeChart chart, DateFormat format) {
		roomForLastTick(chart, format.format(new Date(0)));
	}

	/**
	 * Room on a chart's right for half of the tick label at the plot's right
	 * end, which JFreeChart centres on its tick: "100" of a 0–100 score axis.
	 */
	public void roomForLastTick(JFreeChart chart, String tick) {
		double half = measure(label(), tick).getWidth() / 2;
		RectangleInsets padding = chart.getPadding();
		chart.setPadding(new RectangleInsets(padding.getTop(), padding.getLeft(), padding.getBottom(),
				Math.max(padding.getRight(), Math.ceil(half) + size(4))));
	}

	private DateFormat inZone(DateFormat format) {
		format.setTimeZone(timeZone());
		return format;
	}

	/** How large a text is set in a font, before any drawing. */
	public static synchronized Rectangle2D measure(Font font, String text) {
		return TEXT.getFontMetrics(font).getStringBounds(text, TEXT);
	}

	private static Graphics2D measuring() {
		Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		smooth(g);
		return g;
	}

	/**
	 * Antialiased lines and text: how every chart is drawn, and its text
	 * measured. Fractional metrics make a text as wide at any zoom as measured:
	 * with widths rounded to whole pixels, a lineage box's "1,387 千克" ran
	 * past its edge when zoomed.
	 */
	public static void smooth(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	}

	/** A filled arrow head at {@code to}, pointing away from {@code from}, in the graphics' colour. */
	public void arrowHead(Graphics2D g, Point2D from, Point2D to) {
		double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
		double length = size(8);
		Path2D head = new Path2D.Double();
		head.moveTo(to.getX(), to.getY());
		head.lineTo(to.getX() - length * Math.cos(angle - 0.4), to.getY() - length * Math.sin(angle - 0.4));
		head.lineTo(to.getX() - length * Math.cos(angle + 0.4), to.getY() - length * Math.sin(angle + 0.4));
		head.closePath();
		g.fill(head);
	}

	/** The fill of a lineage node in a state. */
	public Color fill(LineageGraph.State state) {
		return switch (state) {
		case MISMATCH -> VERMILLION;
		case FAILED_INSPECTION -> PURPLE;
		case FLAGGED -> ORANGE;
		case PENDING -> YELLOW;
		case ANCHORED -> SKY_BLUE;
		case VERIFIED -> GREEN;
		};
	}
}
