package io.agritrace.charts.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.Drawing;
import io.agritrace.charts.DrawingExport;

/** What the canvas's menu does without its menu: the export Job, and the picture handed to SWT. */
class DrawingCanvasExportTest {

	/** A square with a border, at a size of its own. */
	private static final Drawing SQUARE = new Drawing() {
		@Override
		public void draw(Graphics2D g, Rectangle2D area) {
			g.setColor(ChartTheme.BLUE);
			g.fill(area);
			g.setColor(ChartTheme.ORANGE);
			g.fillRect(10, 10, 20, 20);
		}

		@Override
		public Dimension naturalSize() {
			return new Dimension(40, 30);
		}
	};

	@TempDir
	Path folder;

	@Test
	void theJobWritesThePictureAsTheExportMadeIt() throws Exception {
		Path file = folder.resolve("square.png");
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		DrawingExport.png(SQUARE, expected);

		IStatus result = run(DrawingCanvas.export(SQUARE, file, DrawingExport::png));

		assertTrue(result.isOK(), result.toString());
		assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
	}

	@Test
	void aFileThatCannotBeWrittenEndsTheJobInAnErrorNamingIt() throws Exception {
		Path file = folder.resolve("missing-folder/square.svg");

		IStatus result = run(DrawingCanvas.export(SQUARE, file, DrawingExport::svg));

		assertEquals(IStatus.ERROR, result.getSeverity());
		assertTrue(result.getMessage().contains(file.toString()), result.getMessage());
	}

	@Test
	void aPictureThatCannotBeMadeWritesNothing() throws Exception {
		Path file = folder.resolve("square.png");

		IStatus result = run(DrawingCanvas.export(SQUARE, file, (drawing, out) -> {
			throw new IOException("no encoder");
		}));

		assertEquals(IStatus.ERROR, result.getSeverity());
		assertTrue(result.getMessage().contains("no encoder"), result.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void swtGetsTheSameColoursAtTheSamePixels() {
		BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		Color[] colours = { ChartTheme.BLUE, ChartTheme.ORANGE, ChartTheme.GREEN, ChartTheme.VERMILLION, ChartTheme.INK,
				ChartTheme.PAPER };
		for (int i = 0; i < colours.length; i++) {
			picture.setRGB(i % 3, i / 3, colours[i].getRGB());
		}

		ImageData data = DrawingCanvas.imageData(picture);

		assertEquals(3, data.width);
		assertEquals(2, data.height);
		for (int i = 0; i < colours.length; i++) {
			RGB rgb = data.palette.getRGB(data.getPixel(i % 3, i / 3));
			assertEquals(new RGB(colours[i].getRed(), colours[i].getGreen(), colours[i].getBlue()), rgb, "pixel " + i);
		}
	}

	private static IStatus run(Job job) throws InterruptedException {
		job.schedule();
		job.join();
		return job.getResult();
	}
}
