package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.model.Location;
import io.agritrace.core.trace.CustodyChain;

/**
 * The lot's journey on a map of Jilin's counties: each place it was held as a
 * dot with its name, each shipment as an arrow with its quantity and date; a
 * name or load with no room beside its dot or arrow (shops a few streets
 * apart) stands further out, led to it by a thin line. The map shows the
 * part of the province the journey crosses, with room around it; places
 * outside the province are marked at the map's edge, in their direction,
 * with their name. The outlines ship with the bundle (map/README.md); there
 * are no tiles.
 */
public final class JourneyMap implements Drawing {

	private static final Rectangle2D JILIN = JilinCounties.BOX;
	/** The least a map shows, in degrees: about 170 by 110 km, a few counties. */
	private static final double LEAST_WIDTH = 2.2;
	private static final double LEAST_HEIGHT = 1.0;

	/** A place on the map, in degrees, and whether it lies outside the outlines' box. */
	public record Place(String uri, String name, double longitude, double latitude) {
		boolean inJilin() {
			return JILIN.contains(longitude, latitude);
		}
	}

	/** A shipment from one place to another, labelled with its quantity and date. */
	public record Arrow(Place from, Place to, String label) {
	}

	private final List<Place> places;
	private final List<Arrow> arrows;
	private final ChartTheme theme;
	private final Locale locale;
	private final Map<Place, Point2D> shown = new LinkedHashMap<>();
	/** Where the labels were drawn last, and each shipment's tooltip at the middle of its arrow. */
	private final List<Rectangle2D> labels = new ArrayList<>();
	private final Map<Point2D, String> shipments = new LinkedHashMap<>();

	/** @param locale the language of the map's title */
	public JourneyMap(List<Place> places, List<Arrow> arrows, ChartTheme theme, Locale locale) {
		this.places = List.copyOf(places);
		this.arrows = List.copyOf(arrows);
		this.theme = theme;
		this.locale = locale;
	}

	/**
	 * The journey of a custody chain: its stops' places that have coordinates,
	 * and its moves between two of them.
	 *
	 * @param locations the registered places by URI
	 * @param names     display names of places
	 * @param label     an arrow's label: the shipment's quantity and date
	 */
	public static JourneyMap of(CustodyChain chain, Map<String, Location> locations, Function<String, String> names,
			Function<CustodyChain.Move, String> label, ChartTheme theme, Locale locale) {
		Map<String, Place> places = new LinkedHashMap<>();
		for (CustodyChain.Stop stop : chain.stops()) {
			Location l = stop.location() == null ? null : locations.get(stop.location());
			if (l != null && l.latitude() != null && l.longitude() != null) {
				places.putIfAbsent(l.uri(), new Place(l.uri(), names.apply(l.uri()), l.longitude(), l.latitude()));
			}
		}
		List<Arrow> arrows = new ArrayList<>();
		for (CustodyChain.Move move : chain.moves()) {
			Place from = places.get(move.from().location());
			Place to = places.get(move.to().location());
			if (from != null && to != null && !from.equals(to)) {
				arrows.add(new Arrow(from, to, label.apply(move)));
			}
		}
		return new JourneyMap(List.copyOf(places.values()), arrows, theme, locale);
	}

	public List<Place> places() {
		return places;
	}

	public List<Arrow> arrows() {
		return arrows;
	}

	@Override
	public void draw(Graphics2D g, Rectangle2D area) {
		Graphics2D d = (Graphics2D) g.create();
		try {
			ChartTheme.smooth(d);
			d.setColor(ChartTheme.PAPER);
			d.fill(area);
			int titleHeight = d.getFontMetrics(theme.title()).getHeight() + theme.size(8);
			double margin = theme.size(70);
			Rectangle2D mapArea = new Rectangle2D.Double(area.getX() + margin, area.getY() + titleHeight + margin / 2,
					Math.max(1, area.getWidth() - 2 * margin), Math.max(1, area.getHeight() - titleHeight - margin));
			AffineTransform project = JilinCounties.projection(mapArea, view());
			Rectangle2D belowTitle = new Rectangle2D.Double(area.getX(), area.getY() + titleHeight, area.getWidth(),
					Math.max(0, area.getHeight() - titleHeight));
			Graphics2D land = (Graphics2D) d.create();
			land.clip(belowTitle);
			drawCounties(land, project);
			land.dispose();
			shown.clear();
			for (Place p : places) {
				shown.put(p, position(p, project, mapArea));
			}
			// Lines, leaders, dots over the leaders' ends, then every label where it covers no dot and no other label.
			List<List<Point2D>> alongs = arrows.stream().map(a -> MapLabels.along(drawArrow(d, a))).toList();
			List<Point2D> anchors = new ArrayList<>(shown.values());
			alongs.forEach(along -> anchors.add(along.get(0)));
			MapLabels placed = new MapLabels(belowTitle, theme.size(3), theme.size(1), places.stream().map(this::dot).toList(),
					anchors, theme.size(12));
			// Places' names before the shipments' loads, each beside its point or led to it from the nearest free spot.
			for (Place p : places) {
				placed.place(d, p.inJilin() ? p.name() : "→ " + p.name(), theme.label(), ChartTheme.INK, //$NON-NLS-1$
						List.of(shown.get(p)), theme.size(5) + 3);
			}
			shipments.clear();
			for (int i = 0; i < arrows.size(); i++) {
				Arrow arrow = arrows.get(i);
				String trip = arrow.from().name() + " → " + arrow.to().name(); //$NON-NLS-1$
				shipments.put(alongs.get(i).get(0), trip + ": " + arrow.label()); //$NON-NLS-1$
				placed.place(d, arrow.label(), theme.small(), ChartTheme.BLUE.darker(), alongs.get(i), 4);
			}
			placed.drawLeaders(d);
			places.forEach(p -> drawDot(d, p));
			placed.drawLabels(d);
			labels.clear();
			labels.addAll(placed.bounds());
			d.setFont(theme.title());
			d.setColor(ChartTheme.INK);
			d.drawString(Texts.JourneyMap_title.text(locale), (float) area.getX() + theme.size(8),
					(float) area.getY() + d.getFontMetrics().getAscent() + theme.size(4));
		} finally {
			d.dispose();
		}
	}

	/** The degrees the map shows: the places in Jilin with a quarter more around them, at least a few counties. */
	private Rectangle2D view() {
		List<Place> inJilin = places.stream().filter(Place::inJilin).toList();
		if (inJilin.isEmpty()) {
			return JILIN;
		}
		Rectangle2D box = new Rectangle2D.Double(inJilin.get(0).longitude(), inJilin.get(0).latitude(), 0, 0);
		inJilin.forEach(p -> box.add(p.longitude(), p.latitude()));
		double width = Math.max(LEAST_WIDTH, box.getWidth() * 1.5);
		double height = Math.max(LEAST_HEIGHT, box.getHeight() * 1.5);
		return new Rectangle2D.Double(box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);
	}

	private void drawCounties(Graphics2D g, AffineTransform project) {
		for (JilinCounties.County county : JilinCounties.ALL) {
			Shape outline = project.createTransformedShape(county.outline());
			g.setColor(new Color(0xEEF2EC));
			g.fill(outline);
			g.setColor(new Color(0xB8C2B5));
			g.setStroke(new BasicStroke(0.8f));
			g.draw(outline);
		}
	}

	/** A place in Jilin where it is; one outside at the map's edge, in its direction from the centre. */
	private static Point2D position(Place p, AffineTransform project, Rectangle2D area) {
		Point2D at = project.transform(new Point2D.Double(p.longitude(), p.latitude()), null);
		if (area.contains(at)) {
			return at;
		}
		double dx = at.getX() - area.getCenterX();
		double dy = at.getY() - area.getCenterY();
		double fit = Math.min(Math.abs(area.getWidth() / 2 / (dx == 0 ? 1e-9 : dx)),
				Math.abs(area.getHeight() / 2 / (dy == 0 ? 1e-9 : dy)));
		return new Point2D.Double(area.getCenterX() + dx * fit, area.getCenterY() + dy * fit);
	}

	/** Draws an arrow bent to its left, and returns its curve, along which its label goes. */
	private QuadCurve2D drawArrow(Graphics2D g, Arrow arrow) {
		Point2D from = shown.get(arrow.from());
		Point2D to = shown.get(arrow.to());
		double mx = (from.getX() + to.getX()) / 2;
		double my = (from.getY() + to.getY()) / 2;
		// Bend each arrow a little to its left, so that a return trip does not cover the way out.
		double bend = 0.1;
		Point2D control = new Point2D.Double(mx + (to.getY() - from.getY()) * bend, my - (to.getX() - from.getX()) * bend);
		g.setColor(ChartTheme.BLUE);
		g.setStroke(theme.line());
		QuadCurve2D curve = new QuadCurve2D.Double(from.getX(), from.getY(), control.getX(), control.getY(), to.getX(), to.getY());
		g.draw(curve);
		theme.arrowHead(g, control, to);
		return curve;
	}

	/** The dot of a place, which no label may cover. */
	private Rectangle2D dot(Place p) {
		Point2D at = shown.get(p);
		double r = theme.size(5);
		return new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
	}

	/** Where the places' and shipments' labels were drawn last: every one, none covering another or a dot. */
	public List<Rectangle2D> labelBounds() {
		return List.copyOf(labels);
	}

	private void drawDot(Graphics2D g, Place p) {
		Point2D at = shown.get(p);
		double r = theme.size(5);
		if (p.inJilin()) {
			g.setColor(ChartTheme.VERMILLION);
			g.fill(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
		} else {
			g.setColor(ChartTheme.PURPLE);
			g.fill(new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
		}
		g.setColor(ChartTheme.INK);
		g.setStroke(new BasicStroke(1f));
		g.draw(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
	}

	@Override
	public String tooltipAt(double x, double y) {
		double r = theme.size(8);
		for (Map.Entry<Place, Point2D> e : shown.entrySet()) {
			if (e.getValue().distance(x, y) <= r) {
				return e.getKey().name();
			}
		}
		for (Map.Entry<Point2D, String> e : shipments.entrySet()) {
			if (e.getKey().distance(x, y) <= r) {
				return e.getValue();
			}
		}
		return null;
	}
}
