package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agritrace.charts.internal.Texts;

/**
 * Jilin's counties shaded by the tonnes harvested there (five shades of green,
 * darker for more, white for none), with the tonnes shipped between counties
 * as arrows as wide as their loads, each labelled beside its arrow or led to
 * it by a thin line: the dashboard's choropleth.
 */
public final class CountyMap implements Drawing {

	/** Tonnes shipped from one county to another (current GB/T 2260 codes). */
	public record Flow(String from, String to, BigDecimal kg) {
	}

	private static final Color[] SHADES = { new Color(0xE5F5E0), new Color(0xC7E9C0), new Color(0xA1D99B),
			new Color(0x74C476), new Color(0x31A354) };
	private static final float WIDEST = 10;

	private final Map<String, BigDecimal> kgByCounty = new HashMap<>();
	private final List<Flow> flows;
	private final ChartTheme theme;
	private final Locale locale;
	private final BigDecimal most;
	/** County outlines as drawn last, for tooltips. */
	private final Map<Shape, JilinCounties.County> shown = new HashMap<>();
	/** Each flow's arrow as drawn last, a little wider than its line, with its tooltip. */
	private final Map<Shape, String> arrows = new LinkedHashMap<>();
	/** Where the flows' labels were drawn last. */
	private final List<Rectangle2D> labels = new ArrayList<>();
	/** Each line of the title as drawn last. */
	private final List<Rectangle2D> title = new ArrayList<>();
	/** The legend as drawn last. */
	private final List<LegendEntry> legend = new ArrayList<>();

	/** A shade and its tonnes, or (without a shade) words on what the map shows. */
	private record LegendEntry(Color shade, String text, Rectangle2D box) {
	}

	/**
	 * @param kgByCounty kilograms by current county code
	 * @param locale     the language of the map's title, legend and tooltips
	 */
	public CountyMap(Map<String, BigDecimal> kgByCounty, List<Flow> flows, ChartTheme theme, Locale locale) {
		kgByCounty.forEach((code, kg) -> this.kgByCounty.merge(JilinCounties.outlineCode(code), kg, BigDecimal::add));
		this.flows = List.copyOf(flows);
		this.theme = theme;
		this.locale = locale;
		this.most = this.kgByCounty.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
	}

	@Override
	public void draw(Graphics2D g, Rectangle2D area) {
		Graphics2D d = (Graphics2D) g.create();
		try {
			ChartTheme.smooth(d);
			d.setColor(ChartTheme.PAPER);
			d.fill(area);
			FontMetrics titleMetrics = d.getFontMetrics(theme.title());
			List<String> titleLines = lines(titleMetrics, Texts.CountyMap_title.text(locale), area.getWidth() - 2 * theme.size(8));
			int titleHeight = titleLines.size() * titleMetrics.getHeight() + theme.size(8);
			double margin = theme.size(16);
			legend.clear();
			legend.addAll(legend(d, area));
			double legendTop = legend.stream().mapToDouble(e -> e.box().getY()).min().orElse(area.getMaxY());
			Rectangle2D mapArea = new Rectangle2D.Double(area.getX() + margin, area.getY() + titleHeight,
					Math.max(1, area.getWidth() - 2 * margin), Math.max(1, legendTop - theme.size(6) - area.getY() - titleHeight));
			AffineTransform project = JilinCounties.projection(mapArea, JilinCounties.BOX);
			shown.clear();
			arrows.clear();
			labels.clear();
			Map<String, Point2D> centres = new HashMap<>();
			Map<String, JilinCounties.County> counties = new HashMap<>();
			for (JilinCounties.County county : JilinCounties.ALL) {
				Shape outline = project.createTransformedShape(county.outline());
				shown.put(outline, county);
				counties.put(county.code(), county);
				centres.put(county.code(), project.transform(county.centre(), null));
				d.setColor(shade(kgByCounty.get(county.code())));
				d.fill(outline);
				d.setColor(new Color(0x9AA597));
				d.setStroke(new BasicStroke(0.8f));
				d.draw(outline);
			}
			double heaviest = flows.stream().mapToDouble(f -> f.kg().doubleValue()).max().orElse(0);
			// The heaviest first: where labels crowd (around Changchun), the largest loads keep the places beside their arrows.
			List<Flow> heaviestFirst = flows.stream().sorted(Comparator.comparing(Flow::kg).reversed()).toList();
			Map<Flow, List<Point2D>> alongs = new LinkedHashMap<>();
			for (Flow flow : heaviestFirst) {
				String from = JilinCounties.outlineCode(flow.from());
				String to = JilinCounties.outlineCode(flow.to());
				QuadCurve2D curve = drawFlow(d, centres.get(from), centres.get(to), flow, heaviest, Texts.CountyMap_flowTooltip
						.text(locale, name(counties.get(from), flow.from()), name(counties.get(to), flow.to()), Tonnes.of(flow.kg())));
				if (curve != null) {
					alongs.put(flow, MapLabels.along(curve));
				}
			}
			// Over every arrow: no later arrow covers a label; each beside its arrow or led to it from the nearest free spot.
			MapLabels placed = new MapLabels(mapArea, theme.size(4), theme.size(1), List.of(),
					alongs.values().stream().map(along -> along.get(0)).toList(), theme.size(12));
			alongs.forEach((flow, along) -> placed.place(d, Texts.CountyMap_tonnes.text(locale, Tonnes.of(flow.kg())), theme.small(),
					ChartTheme.INK, along, theme.size(4)));
			placed.drawLeaders(d);
			placed.drawLabels(d);
			labels.addAll(placed.bounds());
			drawTitle(d, titleMetrics, titleLines, area);
			drawLegend(d);
		} finally {
			d.dispose();
		}
	}

	/**
	 * The title in as many lines as the width takes, broken where the language allows (between words, or between
	 * Chinese characters): on one line it ran past the map's right edge beside the navigator at 1280 px.
	 */
	private List<String> lines(FontMetrics metrics, String text, double width) {
		BreakIterator breaks = BreakIterator.getLineInstance(locale);
		breaks.setText(text);
		List<String> lines = new ArrayList<>();
		int start = 0;
		int end = 0;
		for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
			if (end > start && metrics.stringWidth(text.substring(start, next).strip()) > width) {
				lines.add(text.substring(start, end).strip());
				start = end;
			}
			end = next;
		}
		lines.add(text.substring(start).strip());
		return lines;
	}

	private void drawTitle(Graphics2D g, FontMetrics metrics, List<String> lines, Rectangle2D area) {
		g.setFont(theme.title());
		g.setColor(ChartTheme.INK);
		title.clear();
		double x = area.getX() + theme.size(8);
		double y = area.getY() + theme.size(4);
		for (String line : lines) {
			g.drawString(line, (float) x, (float) y + metrics.getAscent());
			title.add(new Rectangle2D.Double(x, y, metrics.stringWidth(line), metrics.getHeight()));
			y += metrics.getHeight();
		}
	}

	/** Where the title's lines were drawn last: each inside the map's area. */
	public List<Rectangle2D> titleBounds() {
		return List.copyOf(title);
	}

	/** No harvest: white; else one of five shades by its share of the most harvested county's. */
	private Color shade(BigDecimal kg) {
		if (kg == null || kg.signum() <= 0 || most.signum() <= 0) {
			return ChartTheme.PAPER;
		}
		int step = (int) Math.min(SHADES.length - 1, Math.floor(kg.doubleValue() / most.doubleValue() * SHADES.length));
		return SHADES[step];
	}

	private static String name(JilinCounties.County county, String code) {
		return county == null ? code : county.name();
	}

	/**
	 * An arrow as wide as its load, bent to its left.
	 *
	 * @return its curve, along which its label goes; null when a county is not on the map
	 */
	private QuadCurve2D drawFlow(Graphics2D g, Point2D from, Point2D to, Flow flow, double heaviest, String tooltip) {
		if (from == null || to == null) {
			return null;
		}
		double mx = (from.getX() + to.getX()) / 2;
		double my = (from.getY() + to.getY()) / 2;
		Point2D control = new Point2D.Double(mx + (to.getY() - from.getY()) * 0.15, my - (to.getX() - from.getX()) * 0.15);
		float width = (float) Math.max(1.5, WIDEST * Math.sqrt(flow.kg().doubleValue() / heaviest)) * theme.size(100) / 100f;
		QuadCurve2D curve = new QuadCurve2D.Double(from.getX(), from.getY(), control.getX(), control.getY(), to.getX(), to.getY());
		g.setColor(new Color(0, 0x72, 0xB2, 190));
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(curve);
		g.setStroke(theme.line());
		theme.arrowHead(g, control, to);
		arrows.put(new BasicStroke(Math.max(width, theme.size(8))).createStrokedShape(curve), tooltip);
		return curve;
	}

	/** Where the province was drawn last: the bounds of every county's outline. */
	public Rectangle2D provinceBounds() {
		return shown.keySet().stream().map(Shape::getBounds2D).reduce(Rectangle2D::createUnion).orElse(new Rectangle2D.Double());
	}

	/** Where the shipments' labels were drawn last: every one, none within a gap of another. */
	public List<Rectangle2D> labelBounds() {
		return List.copyOf(labels);
	}

	/**
	 * The shades and what they mean along the bottom, in as many rows as the
	 * width takes: on a narrow map the words wrap rather than run past its edge.
	 */
	private List<LegendEntry> legend(Graphics2D g, Rectangle2D area) {
		FontMetrics metrics = g.getFontMetrics(theme.small());
		int swatch = theme.size(12);
		List<Color> shades = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < SHADES.length; i++) {
			shades.add(SHADES[i]);
			texts.add("≤ " + Texts.CountyMap_tonnes.text(locale, Tonnes.of(most.multiply(BigDecimal.valueOf(i + 1)) //$NON-NLS-1$
					.divide(BigDecimal.valueOf(SHADES.length), RoundingMode.HALF_UP))));
		}
		// What the shades and arrows mean, a clause at a time, so that each may start a row.
		for (String clause : Texts.CountyMap_legend.text(locale).split("(?<=[;；])\\s*")) { //$NON-NLS-1$
			shades.add(null);
			texts.add(clause);
		}
		double left = area.getX() + theme.size(8);
		double right = area.getMaxX() - theme.size(8);
		double height = metrics.getHeight();
		double rowHeight = height + theme.size(4);
		List<double[]> places = new ArrayList<>();
		double x = left;
		int row = 0;
		for (int i = 0; i < texts.size(); i++) {
			double width = (shades.get(i) == null ? 0 : swatch + theme.size(4)) + metrics.stringWidth(texts.get(i));
			if (x > left && x + width > right) {
				x = left;
				row++;
			}
			places.add(new double[] { x, row, width });
			// A clause follows the one before as in a sentence; shades stand apart.
			x += width + theme.size(shades.get(i) == null ? 4 : 14);
		}
		double top = area.getMaxY() - theme.size(6) - (row + 1) * rowHeight;
		List<LegendEntry> entries = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			double[] place = places.get(i);
			entries.add(new LegendEntry(shades.get(i), texts.get(i),
					new Rectangle2D.Double(place[0], top + place[1] * rowHeight, place[2], height)));
		}
		return entries;
	}

	private void drawLegend(Graphics2D g) {
		g.setFont(theme.small());
		FontMetrics metrics = g.getFontMetrics();
		int swatch = theme.size(12);
		for (LegendEntry entry : legend) {
			Rectangle2D box = entry.box();
			double x = box.getX();
			if (entry.shade() != null) {
				Rectangle2D square = new Rectangle2D.Double(x, box.getCenterY() - swatch / 2.0, swatch, swatch);
				g.setColor(entry.shade());
				g.fill(square);
				g.setColor(ChartTheme.INK);
				g.draw(square);
				x += swatch + theme.size(4);
			}
			g.setColor(ChartTheme.INK);
			g.drawString(entry.text(), (float) x, (float) box.getY() + metrics.getAscent());
		}
	}

	/** Where the legend's entries were drawn last: each inside the map's area, none over another. */
	public List<Rectangle2D> legendBounds() {
		return legend.stream().map(LegendEntry::box).toList();
	}

	@Override
	public String tooltipAt(double x, double y) {
		for (Map.Entry<Shape, String> arrow : arrows.entrySet()) {
			if (arrow.getKey().contains(x, y)) {
				return arrow.getValue();
			}
		}
		for (Map.Entry<Shape, JilinCounties.County> e : shown.entrySet()) {
			if (e.getKey().contains(x, y)) {
				BigDecimal kg = kgByCounty.get(e.getValue().code());
				return Texts.CountyMap_tooltip.text(locale, e.getValue().name(), kg == null ? "0" : Tonnes.of(kg)); //$NON-NLS-1$
			}
		}
		return null;
	}
}
