package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * A laid-out lineage drawn as boxes and orthogonal arrows under a legend of
 * the states its lots are in: each lot's box is tinted and edged in its state's colour, and
 * its hover text names the state for readers who do not tell the colours
 * apart; the focus lot has a thick blue frame. A link's width grows with
 * the kilograms it carried, so a recall's flow reads like a Sankey diagram.
 */
public final class LineageDrawing implements Drawing {

	/** The widest line, in points at the theme's size: kilograms are shown by width, by the square root. */
	private static final float WIDEST = 9;

	private final LineageLayout.Placed placed;
	private final ChartTheme theme;
	private final List<String> stateNames;
	/** The states some lot is in, in their order: the legend names these only, short enough for a narrow canvas. */
	private final List<LineageGraph.State> shownStates;
	private final double heaviest;
	/** Drawing coordinates to the last area's: kept for hover and double-click. */
	private AffineTransform shown = new AffineTransform();

	/** @param stateNames each {@link LineageGraph.State}'s name in the user's language, in their order */
	public LineageDrawing(LineageLayout.Placed placed, ChartTheme theme, List<String> stateNames) {
		this.placed = placed;
		this.theme = theme;
		this.stateNames = stateNames;
		this.shownStates = Arrays.stream(LineageGraph.State.values())
				.filter(state -> placed.graph().nodes().stream().anyMatch(n -> n.state() == state)).toList();
		this.heaviest = placed.links().stream().mapToDouble(l -> l.link().kg()).max().orElse(0);
	}

	public LineageLayout.Placed placed() {
		return placed;
	}

	@Override
	public Dimension naturalSize() {
		return new Dimension(Math.max(placed.size().width, legendWidth()), placed.size().height + legendHeight());
	}

	private int legendHeight() {
		return theme.size(28);
	}

	private int legendWidth() {
		return shownStates.stream().map(state -> stateNames.get(state.ordinal()))
				.mapToInt(name -> theme.size(32) + 4 + (int) Math.ceil(ChartTheme.measure(theme.small(), name).getWidth())).sum();
	}

	@Override
	public void draw(Graphics2D g, Rectangle2D area) {
		Dimension size = naturalSize();
		double scale = Math.min(area.getWidth() / Math.max(1, size.width), area.getHeight() / Math.max(1, size.height));
		shown = new AffineTransform(scale, 0, 0, scale, area.getX(), area.getY());
		Graphics2D d = (Graphics2D) g.create();
		try {
			ChartTheme.smooth(d);
			d.setColor(ChartTheme.PAPER);
			d.fill(area);
			d.transform(shown);
			d.translate(0, legendHeight());
			placed.links().forEach(link -> drawLink(d, link));
			placed.nodes().forEach(node -> drawNode(d, node));
			d.translate(0, -legendHeight());
			// The legend stays in sight when the graph is panned (the canvas's corner is 0, 0).
			drawLegend(d, Math.max(0, -area.getX()) / scale, Math.max(0, -area.getY()) / scale);
		} finally {
			d.dispose();
		}
	}

	/** The states' colours and names in a row on white, from {@code (left, top)} of the drawing. */
	private void drawLegend(Graphics2D g, double left, double top) {
		g.setFont(theme.small());
		FontMetrics metrics = g.getFontMetrics();
		int swatch = theme.size(12);
		g.setColor(ChartTheme.PAPER);
		g.fill(new Rectangle2D.Double(left, top, legendWidth(), legendHeight()));
		float x = (float) left + theme.size(12);
		float y = (float) top + theme.size(6);
		for (LineageGraph.State state : shownStates) {
			g.setColor(theme.fill(state));
			g.fill(new Rectangle2D.Double(x, y, swatch, swatch));
			g.setColor(ChartTheme.INK);
			String name = stateNames.get(state.ordinal());
			g.drawString(name, x + swatch + 4, y + metrics.getAscent());
			x += swatch + 4 + metrics.stringWidth(name) + theme.size(16);
		}
	}

	private void drawLink(Graphics2D g, LineageLayout.PlacedLink link) {
		List<Point2D> points = link.points();
		if (points.size() < 2) {
			return;
		}
		Path2D path = new Path2D.Double();
		path.moveTo(points.get(0).getX(), points.get(0).getY());
		points.subList(1, points.size()).forEach(p -> path.lineTo(p.getX(), p.getY()));
		g.setColor(Color.GRAY);
		g.setStroke(width(link.link().kg()));
		g.draw(path);
		theme.arrowHead(g, points.get(points.size() - 2), points.get(points.size() - 1));
		if (link.label() != null) {
			g.setFont(theme.small());
			g.setColor(ChartTheme.INK);
			FontMetrics metrics = g.getFontMetrics();
			Rectangle2D box = link.label();
			g.drawString(link.link().label(), (float) box.getX() + 2, (float) box.getY() + 1 + metrics.getAscent());
		}
	}

	/** A link's line, from the theme's thin line up to {@link #WIDEST} for the link that carried the most. */
	private Stroke width(double kg) {
		if (kg <= 0 || heaviest <= 0) {
			return theme.line();
		}
		float points = (float) Math.max(1.5, WIDEST * Math.sqrt(kg / heaviest));
		return new BasicStroke(points * theme.size(100) / 100f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
	}

	private void drawNode(Graphics2D g, LineageLayout.PlacedNode placedNode) {
		LineageGraph.Node node = placedNode.node();
		Rectangle2D b = placedNode.bounds();
		Color colour = theme.fill(node.state());
		RoundRectangle2D box = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 8, 8);
		g.setColor(tint(colour));
		g.fill(box);
		g.setColor(colour);
		g.fill(new Rectangle2D.Double(b.getX(), b.getY() + 2, theme.size(6), b.getHeight() - 4));
		g.setStroke(node.focus() ? theme.thick() : theme.line());
		g.setColor(node.focus() ? ChartTheme.BLUE : colour);
		g.draw(box);
		float y = (float) b.getY() + LineageLayout.PADDING;
		float x = (float) b.getX() + LineageLayout.PADDING + theme.size(6);
		for (int i = 0; i < node.lines().size(); i++) {
			Font font = i == 0 ? theme.strong() : theme.small();
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			g.setColor(ChartTheme.INK);
			g.drawString(node.lines().get(i), x, y + metrics.getAscent());
			y += metrics.getHeight();
		}
	}

	/** The state's colour mixed with three parts of white, so black text stays readable on it. */
	private static Color tint(Color c) {
		return new Color((c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
	}

	/** The middle of the focus lot's first node. */
	@Override
	public Point2D focus() {
		return placed.nodes().stream().filter(n -> n.node().focus()).findFirst()
				.map(n -> (Point2D) new Point2D.Double(n.bounds().getCenterX(), n.bounds().getCenterY() + legendHeight()))
				.orElse(null);
	}

	@Override
	public String tooltipAt(double x, double y) {
		LineageLayout.PlacedNode node = nodeAt(x, y);
		return node == null ? null
				: node.node().details() + "\n" + stateNames.get(node.node().state().ordinal()); //$NON-NLS-1$
	}

	@Override
	public String itemAt(double x, double y) {
		LineageLayout.PlacedNode node = nodeAt(x, y);
		return node == null ? null : node.node().item();
	}

	private LineageLayout.PlacedNode nodeAt(double x, double y) {
		Point2D p;
		try {
			p = shown.inverseTransform(new Point2D.Double(x, y), null);
			p.setLocation(p.getX(), p.getY() - legendHeight());
		} catch (java.awt.geom.NoninvertibleTransformException e) {
			return null;
		}
		for (LineageLayout.PlacedNode node : placed.nodes()) {
			if (node.bounds().contains(p)) {
				return node;
			}
		}
		return null;
	}
}
