package io.agritrace.charts;

import java.awt.Dimension;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where a canvas shows a drawing with a natural size (a graph) before the user
 * zooms or drags it: whole if its text stays readable so; else at a readable
 * size around its focus (the lot a lineage is about), from its top left
 * without one, the rest a scroll away; or whole at any size when the user
 * asked for the whole, an overview.
 *
 * @param zoom how much the drawing is enlarged (below 1: shrunk)
 * @param x    where its left edge is on the canvas (negative: scrolled past)
 * @param y    where its top edge is on the canvas
 */
public record DrawingView(double zoom, double x, double y) {

	/** Below this zoom a graph's smallest text is under {@link ChartTheme#SMALLEST_POINTS}. */
	public static final double READABLE = 1;
	/** A small graph grows no larger: beyond this it only looks coarse. */
	private static final double LARGEST = 2;

	/** How a canvas of this size shows the drawing: whole when {@code whole} or when readable so, else around its focus. */
	public static DrawingView of(Drawing drawing, double width, double height, boolean whole) {
		Dimension size = drawing.naturalSize();
		double fits = Math.min(LARGEST, Math.min(width / Math.max(1, size.width), height / Math.max(1, size.height)));
		double zoom = whole || fits >= READABLE ? fits : READABLE;
		Point2D focus = drawing.focus();
		return new DrawingView(zoom, around(width, size.width * zoom, focus == null ? 0 : focus.getX() * zoom),
				around(height, size.height * zoom, focus == null ? 0 : focus.getY() * zoom));
	}

	/** Where a drawing of this natural size lies on the canvas. */
	public Rectangle2D area(Dimension size) {
		return new Rectangle2D.Double(x, y, size.width * zoom, size.height * zoom);
	}

	/** Where a length of content starts in a length of window: centred if it fits, else around a point, kept inside. */
	private static double around(double window, double content, double point) {
		if (content <= window) {
			return (window - content) / 2;
		}
		return Math.min(0, Math.max(window - content, window / 2 - point));
	}
}
