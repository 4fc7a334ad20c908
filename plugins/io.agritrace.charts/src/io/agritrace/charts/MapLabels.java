package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A map's labels, each where it covers no dot and no other label (nor, while
 * there is room, another's leader): beside its point if there is room (or
 * beside another point of its arrow), else at the nearest free spot further
 * out with a thin line back to its point. Districts a few kilometres apart (Changchun's Chaoyang,
 * Nanguan and Erdao) thus keep every label, apart, where a label without room
 * used to be left out or drawn over another.
 */
final class MapLabels {

	/** Where along an arrow its label may stand, its middle first: a label shifts along its arrow before it moves away. */
	private static final double[] ALONG = { 0.5, 0.35, 0.65, 0.2, 0.8 };

	/** What a spot must keep clear of besides labels and dots, most first: tried in turn until one spot is clear. */
	private enum Strictness {
		/** Other labels' points, every leader, and its leader across no other dot. */
		AWAY_FROM_POINTS,
		/** Every leader, and its leader across no other dot. */
		CLEAR_OF_LEADERS,
		/** Nothing more: leaders may pass under it, its own under dots and labels. */
		LAST_RESORT
	}

	/** A label as placed: its text on a white backing in its box, and a leader from its point when it stands apart. */
	private record Label(String text, Font font, Color colour, Rectangle2D box, Line2D leader) {
	}

	private final Rectangle2D area;
	private final double clearance;
	private final float leaderWidth;
	private final List<Rectangle2D> obstacles;
	private final List<Point2D> anchors;
	private final double keep;
	private final List<Label> labels = new ArrayList<>();

	/**
	 * @param area        where labels may stand
	 * @param clearance   the map left clear between two labels, so that they never read as one ("15.4 吨28 吨")
	 * @param leaderWidth the width of the line from a label set apart to its point
	 * @param obstacles   what no label may cover (places' dots)
	 * @param anchors     every label's point (a place, an arrow's middle), which no other label comes within
	 *                    {@code keep} of: its neighbours' labels leave it room to be labelled, or led out of a crowd
	 */
	MapLabels(Rectangle2D area, double clearance, float leaderWidth, List<Rectangle2D> obstacles, List<Point2D> anchors,
			double keep) {
		this.area = area;
		this.clearance = clearance;
		this.leaderWidth = leaderWidth;
		this.obstacles = List.copyOf(obstacles);
		this.anchors = List.copyOf(anchors);
		this.keep = keep;
	}

	/** Points along an arrow's curve where its label may stand, its middle first. */
	static List<Point2D> along(QuadCurve2D curve) {
		List<Point2D> points = new ArrayList<>();
		for (double t : ALONG) {
			double u = 1 - t;
			points.add(new Point2D.Double(u * u * curve.getX1() + 2 * u * t * curve.getCtrlX() + t * t * curve.getX2(),
					u * u * curve.getY1() + 2 * u * t * curve.getCtrlY() + t * t * curve.getY2()));
		}
		return points;
	}

	/**
	 * Places a label: to the right, left, below or above the first of its points
	 * with room at {@code beside}, else on rings ever further out from the first
	 * point, the nearest free spot with a leader. In a crowd with no such spot,
	 * the nearest that only comes near others' points, or last one clear of
	 * labels and dots alone. Left out (its tooltip keeps it) only when no spot
	 * of the area is.
	 *
	 * @param points where it may stand beside, the one it is about first
	 */
	void place(Graphics2D g, String text, Font font, Color colour, List<Point2D> points, double beside) {
		FontMetrics metrics = g.getFontMetrics(font);
		double width = metrics.stringWidth(text) + 2;
		double height = metrics.getHeight();
		for (Strictness strictness : Strictness.values()) {
			Optional<Label> spot = spots(text, font, colour, points, beside, width, height)
					.filter(label -> free(label, points.get(0), strictness)).findFirst();
			if (spot.isPresent()) {
				labels.add(spot.get());
				return;
			}
		}
	}

	/**
	 * The spots a label may stand at, best first, made as they are tried:
	 * beside each of its points, then on rings around the first.
	 */
	private Stream<Label> spots(String text, Font font, Color colour, List<Point2D> points, double beside, double width,
			double height) {
		Stream<Label> besides = points.stream()
				.flatMap(at -> Stream.of(new double[][] { { beside, -height / 2 }, { -beside - width, -height / 2 },
						{ -width / 2, beside }, { -width / 2, -beside - height } })
						.map(offset -> new Label(text, font, colour,
								new Rectangle2D.Double(at.getX() + offset[0], at.getY() + offset[1], width, height), null)));
		Point2D at = points.get(0);
		double step = height / 2;
		int rings = (int) Math.ceil(Math.hypot(area.getWidth(), area.getHeight()) / step);
		Stream<Label> apart = IntStream.rangeClosed(1, rings).boxed().flatMap(ring -> {
			double out = beside + ring * step;
			// As many spots on a ring as it is long in half lines, so that far rings are searched as finely as near ones.
			int count = Math.max(8, (int) Math.ceil(2 * Math.PI * out / step));
			return IntStream.range(0, count).mapToObj(i -> {
				double angle = 2 * Math.PI * i / count;
				Rectangle2D box = new Rectangle2D.Double(at.getX() + Math.cos(angle) * (out + width / 2) - width / 2,
						at.getY() + Math.sin(angle) * (out + height / 2) - height / 2, width, height);
				return new Label(text, font, colour, box, leader(at, box));
			});
		});
		return Stream.concat(besides, apart);
	}

	/** From a point to the nearest point of a label's box. */
	private static Line2D leader(Point2D at, Rectangle2D box) {
		return new Line2D.Double(at, new Point2D.Double(Math.max(box.getMinX(), Math.min(at.getX(), box.getMaxX())),
				Math.max(box.getMinY(), Math.min(at.getY(), box.getMaxY()))));
	}

	/** Inside the area, clear of every dot and label, and as clear of leaders and points as the strictness asks. */
	private boolean free(Label spot, Point2D own, Strictness strictness) {
		Rectangle2D box = spot.box();
		if (!area.contains(box) || obstacles.stream().anyMatch(box::intersects)) {
			return false;
		}
		// A leader under a dot seems to start at that dot: the label would read as its place's.
		if (strictness != Strictness.LAST_RESORT && spot.leader() != null
				&& obstacles.stream().anyMatch(dot -> !dot.contains(own) && dot.intersectsLine(spot.leader()))) {
			return false;
		}
		Rectangle2D near = new Rectangle2D.Double(box.getX() - keep, box.getY() - keep, box.getWidth() + 2 * keep,
				box.getHeight() + 2 * keep);
		if (strictness == Strictness.AWAY_FROM_POINTS && anchors.stream().anyMatch(a -> !a.equals(own) && near.contains(a))) {
			return false;
		}
		Rectangle2D clear = new Rectangle2D.Double(box.getX() - clearance, box.getY() - clearance, box.getWidth() + 2 * clearance,
				box.getHeight() + 2 * clearance);
		for (Label label : labels) {
			boolean crossed = strictness != Strictness.LAST_RESORT && (label.leader() != null && clear.intersectsLine(label.leader())
					|| spot.leader() != null && label.box().intersectsLine(spot.leader()));
			if (clear.intersects(label.box()) || crossed) {
				return false;
			}
		}
		return true;
	}

	/** Draws the leaders: before a map's dots, which cover their ends. */
	void drawLeaders(Graphics2D g) {
		g.setStroke(new BasicStroke(leaderWidth));
		for (Label label : labels) {
			if (label.leader() != null) {
				g.setColor(label.colour());
				g.draw(label.leader());
			}
		}
	}

	/** Draws the labels, over everything. */
	void drawLabels(Graphics2D g) {
		for (Label label : labels) {
			Rectangle2D box = label.box();
			g.setColor(new Color(255, 255, 255, 220));
			g.fill(box);
			g.setColor(label.colour());
			g.setFont(label.font());
			g.drawString(label.text(), (float) box.getX() + 1, (float) box.getY() + g.getFontMetrics().getAscent());
		}
	}

	/** Where the labels stand: inside the area, none within the clearance of another. */
	List<Rectangle2D> bounds() {
		return labels.stream().map(Label::box).toList();
	}
}
