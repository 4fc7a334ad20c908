package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agritrace.charts.internal.Texts;

/**
 * Jilin's counties shaded by the tonnes harvested there (five shades of green,
 * darker for more, white for none), with the tonnes shipped between counties
 * as arrows as wide as their loads: the dashboard's choropleth.
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
			int titleHeight = d.getFontMetrics(theme.title()).getHeight() + theme.size(8);
			double margin = theme.size(16);
			Rectangle2D mapArea = new Rectangle2D.Double(area.getX() + margin, area.getY() + titleHeight,
					Math.max(1, area.getWidth() - 2 * margin), Math.max(1, area.getHeight() - titleHeight - theme.size(30)));
			AffineTransform project = JilinCounties.projection(mapArea, JilinCounties.BOX);
			shown.clear();
			Map<String, Point2D> centres = new HashMap<>();
			for (JilinCounties.County county : JilinCounties.ALL) {
				Shape outline = project.createTransformedShape(county.outline());
				shown.put(outline, county);
				centres.put(county.code(), project.transform(county.centre(), null));
				d.setColor(shade(kgByCounty.get(county.code())));
				d.fill(outline);
				d.setColor(new Color(0x9AA597));
				d.setStroke(new BasicStroke(0.8f));
				d.draw(outline);
			}
			double heaviest = flows.stream().mapToDouble(f -> f.kg().doubleValue()).max().orElse(0);
			for (Flow flow : flows) {
				drawFlow(d, centres.get(JilinCounties.outlineCode(flow.from())),
						centres.get(JilinCounties.outlineCode(flow.to())), flow, heaviest);
			}
			d.setFont(theme.title());
			d.setColor(ChartTheme.INK);
			d.drawString(Texts.CountyMap_title.text(locale), (float) area.getX() + theme.size(8),
					(float) area.getY() + d.getFontMetrics().getAscent() + theme.size(4));
			drawLegend(d, area);
		} finally {
			d.dispose();
		}
	}

	/** No harvest: white; else one of five shades by its share of the most harvested county's. */
	private Color shade(BigDecimal kg) {
		if (kg == null || kg.signum() <= 0 || most.signum() <= 0) {
			return ChartTheme.PAPER;
		}
		int step = (int) Math.min(SHADES.length - 1, Math.floor(kg.doubleValue() / most.doubleValue() * SHADES.length));
		return SHADES[step];
	}

	private void drawFlow(Graphics2D g, Point2D from, Point2D to, Flow flow, double heaviest) {
		if (from == null || to == null) {
			return;
		}
		double mx = (from.getX() + to.getX()) / 2;
		double my = (from.getY() + to.getY()) / 2;
		Point2D control = new Point2D.Double(mx + (to.getY() - from.getY()) * 0.15, my - (to.getX() - from.getX()) * 0.15);
		float width = (float) Math.max(1.5, WIDEST * Math.sqrt(flow.kg().doubleValue() / heaviest));
		g.setColor(new Color(0, 0x72, 0xB2, 190));
		g.setStroke(new BasicStroke(width * theme.size(100) / 100f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new QuadCurve2D.Double(from.getX(), from.getY(), control.getX(), control.getY(), to.getX(), to.getY()));
		g.setStroke(theme.line());
		theme.arrowHead(g, control, to);
		g.setFont(theme.small());
		g.setColor(ChartTheme.INK);
		g.drawString(Texts.CountyMap_tonnes.text(locale, tonnes(flow.kg())), (float) control.getX(), (float) control.getY());
	}

	/** The shades and what they mean, along the bottom. */
	private void drawLegend(Graphics2D g, Rectangle2D area) {
		g.setFont(theme.small());
		float x = (float) area.getX() + theme.size(8);
		float y = (float) (area.getMaxY() - theme.size(18));
		int swatch = theme.size(12);
		for (int i = 0; i < SHADES.length; i++) {
			g.setColor(SHADES[i]);
			g.fill(new Rectangle2D.Double(x, y, swatch, swatch));
			g.setColor(ChartTheme.INK);
			g.draw(new Rectangle2D.Double(x, y, swatch, swatch));
			String text = "≤ " + Texts.CountyMap_tonnes.text(locale, tonnes(most.multiply(BigDecimal.valueOf(i + 1)) //$NON-NLS-1$
					.divide(BigDecimal.valueOf(SHADES.length), RoundingMode.HALF_UP)));
			g.drawString(text, x + swatch + 4, y + swatch);
			x += swatch + 4 + g.getFontMetrics().stringWidth(text) + theme.size(14);
		}
		g.drawString(Texts.CountyMap_legend.text(locale), x, y + swatch);
	}

	private static String tonnes(BigDecimal kg) {
		return kg.divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	@Override
	public String tooltipAt(double x, double y) {
		for (Map.Entry<Shape, JilinCounties.County> e : shown.entrySet()) {
			if (e.getKey().contains(x, y)) {
				BigDecimal kg = kgByCounty.get(e.getValue().code());
				return Texts.CountyMap_tooltip.text(locale, e.getValue().name(), kg == null ? "0" : tonnes(kg)); //$NON-NLS-1$
			}
		}
		return null;
	}
}
