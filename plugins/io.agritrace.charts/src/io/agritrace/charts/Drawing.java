package io.agritrace.charts;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Something drawn with Java 2D, so that the screen, a PNG at print resolution
 * and an SVG file show the same picture: every chart of this bundle is one.
 */
public interface Drawing {

	/** Draws into {@code area}, in the graphics' own coordinates. */
	void draw(Graphics2D g, Rectangle2D area);

	/**
	 * The size the drawing is meant to be seen at (a laid-out graph), which a
	 * canvas zooms and pans; null for a chart that fills whatever area it gets.
	 */
	default Dimension naturalSize() {
		return null;
	}

	/**
	 * The point of its natural size a canvas shows first when the whole does
	 * not fit at a readable size (the lot a lineage is about), or null.
	 */
	default Point2D focus() {
		return null;
	}

	/** The tooltip at a point of the last area drawn, or null. */
	default String tooltipAt(double x, double y) {
		return null;
	}

	/** What a double-click at a point of the last area drawn opens (a lot's identifier), or null. */
	default String itemAt(double x, double y) {
		return null;
	}
}
