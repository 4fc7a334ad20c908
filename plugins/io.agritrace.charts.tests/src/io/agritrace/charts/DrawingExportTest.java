package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DrawingExportTest {

	private final LineageDrawing drawing = new LineageDrawing(
			new LineageLayout(ChartTheme.standard()).place(GeneratedLineage.of(20)), ChartTheme.standard(),
			List.of("不一致", "检验不合格", "规则警告", "待上链", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"已上链", //$NON-NLS-1$
					"已核验")); //$NON-NLS-1$

	@Test
	void pngDecodesAtPrintResolution() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DrawingExport.png(drawing, out);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		Dimension size = drawing.naturalSize();
		assertEquals(size.width * DrawingExport.PRINT_SCALE, image.getWidth());
		assertEquals(size.height * DrawingExport.PRINT_SCALE, image.getHeight());
		assertTrue(colours(image) > 4, "the picture is more than a blank page"); //$NON-NLS-1$
	}

	@Test
	void svgParsesAndKeepsTheChineseText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DrawingExport.svg(drawing, out);

		DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
		// Batik names the SVG 1.0 DTD on the web: a reader does not need to fetch it.
		parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
		Document svg = parser.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
		assertEquals("svg", svg.getDocumentElement().getLocalName() == null ? svg.getDocumentElement().getNodeName() //$NON-NLS-1$
				: svg.getDocumentElement().getLocalName());
		assertTrue(svg.getElementsByTagName("text").getLength() > 20, "labels are text, not outlines"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("梅河大米"), //$NON-NLS-1$
				"the Chinese product name is in the SVG"); //$NON-NLS-1$
	}

	private static long colours(BufferedImage image) {
		return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
				.map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().limit(10).count();
	}
}
