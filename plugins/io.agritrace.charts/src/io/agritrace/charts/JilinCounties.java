package io.agritrace.charts;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jilin's county outlines as the bundle ships them (map/README.md), in
 * degrees, and the projection the maps draw them with: longitude shortened
 * by the latitude, north up.
 */
final class JilinCounties {

	/**
	 * One county.
	 *
	 * @param code   its GB/T 2260 code as the outlines have it (about 2017)
	 * @param centre where its name goes, in degrees
	 */
	record County(String code, String name, Path2D outline, Point2D centre) {
	}

	static final List<County> ALL = load();
	static final Rectangle2D BOX = bounds();
	/** East–west degrees are shorter at Jilin's latitude: about cos 43.5°. */
	static final double EAST_WEST = Math.cos(Math.toRadians(BOX.getCenterY()));
	/** Codes changed since the outlines were drawn: Gongzhuling went from Siping to Changchun in 2020. */
	private static final Map<String, String> RENAMED = Map.of("220184", "220381"); //$NON-NLS-1$ //$NON-NLS-2$

	private JilinCounties() {
	}

	/** The outlines' code of a current GB/T 2260 county code. */
	static String outlineCode(String code) {
		return RENAMED.getOrDefault(code, code);
	}

	/** Degrees to the area: the view centred, as large as it fits. */
	static AffineTransform projection(Rectangle2D area, Rectangle2D view) {
		double scale = Math.min(area.getWidth() / (view.getWidth() * EAST_WEST), area.getHeight() / view.getHeight());
		AffineTransform t = new AffineTransform();
		t.translate(area.getCenterX(), area.getCenterY());
		t.scale(scale * EAST_WEST, -scale);
		t.translate(-view.getCenterX(), -view.getCenterY());
		return t;
	}

	private static List<County> load() {
		try (InputStream in = JilinCounties.class.getResourceAsStream("/map/jilin-counties.geojson")) { //$NON-NLS-1$
			JsonNode features = new ObjectMapper().readTree(in).path("features"); //$NON-NLS-1$
			List<County> counties = new ArrayList<>();
			for (JsonNode feature : features) {
				Path2D outline = new Path2D.Double(Path2D.WIND_EVEN_ODD);
				for (JsonNode polygon : feature.path("geometry").path("coordinates")) { //$NON-NLS-1$ //$NON-NLS-2$
					for (JsonNode ring : polygon) {
						for (int i = 0; i < ring.size(); i++) {
							double lon = ring.get(i).get(0).asDouble();
							double lat = ring.get(i).get(1).asDouble();
							if (i == 0) {
								outline.moveTo(lon, lat);
							} else {
								outline.lineTo(lon, lat);
							}
						}
						outline.closePath();
					}
				}
				JsonNode cp = feature.path("properties").path("cp"); //$NON-NLS-1$ //$NON-NLS-2$
				Point2D centre = cp.size() == 2 ? new Point2D.Double(cp.get(0).asDouble(), cp.get(1).asDouble())
						: new Point2D.Double(outline.getBounds2D().getCenterX(), outline.getBounds2D().getCenterY());
				counties.add(new County(feature.path("id").asText(), //$NON-NLS-1$
						feature.path("properties").path("name").asText(), //$NON-NLS-1$ //$NON-NLS-2$
						outline, centre));
			}
			return List.copyOf(counties);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Rectangle2D bounds() {
		Rectangle2D all = ALL.get(0).outline().getBounds2D();
		ALL.forEach(c -> all.add(c.outline().getBounds2D()));
		return all;
	}
}
