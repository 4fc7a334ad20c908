package io.agritrace.charts;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * A drawing as a picture: a PNG at print resolution, an SVG that stays sharp
 * at any size, or an image for the clipboard. Charts without a size of their
 * own are drawn at {@link #CHART_SIZE}.
 */
public final class DrawingExport {

	/** The size a chart is exported at, in points (a half page of A4 landscape). */
	public static final Dimension CHART_SIZE = new Dimension(1000, 600);
	/** Pixels per point in a PNG: 2 gives 192 dpi on paper. */
	public static final int PRINT_SCALE = 2;

	private DrawingExport() {
	}

	/** The size a drawing is exported at, in points. */
	public static Dimension size(Drawing drawing) {
		Dimension natural = drawing.naturalSize();
		return natural != null ? natural : CHART_SIZE;
	}

	/** The drawing on white, {@code scale} pixels per point. */
	public static BufferedImage image(Drawing drawing, int scale) {
		Dimension size = size(drawing);
		BufferedImage image = new BufferedImage(size.width * scale, size.height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			ChartTheme.smooth(g);
			g.setColor(ChartTheme.PAPER);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.scale(scale, scale);
			drawing.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
		} finally {
			g.dispose();
		}
		return image;
	}

	public static void png(Drawing drawing, OutputStream out) throws IOException {
		ImageIO.write(image(drawing, PRINT_SCALE), "png", out); //$NON-NLS-1$
	}

	public static void svg(Drawing drawing, OutputStream out) throws IOException {
		Document document;
		try {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
		SVGGraphics2D g = new SVGGraphics2D(document);
		Dimension size = size(drawing);
		g.setSVGCanvasSize(size);
		drawing.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		g.stream(writer, true);
		writer.flush();
	}
}
