package io.agritrace.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Saves a drawing or picture as a PNG where the build keeps pictures to look at, when it names a place. */
final class Pictures {

	private Pictures() {
	}

	static void save(String name, Drawing drawing) throws IOException {
		Path file = file(name);
		if (file != null) {
			try (OutputStream out = Files.newOutputStream(file)) {
				DrawingExport.png(drawing, out);
			}
		}
	}

	/** Saves a picture as a test drew it, at the size it tested. */
	static void save(String name, BufferedImage image) throws IOException {
		Path file = file(name);
		if (file != null) {
			ImageIO.write(image, "png", file.toFile()); //$NON-NLS-1$
		}
	}

	private static Path file(String name) throws IOException {
		String directory = System.getProperty("agritrace.screenshots"); //$NON-NLS-1$
		if (directory == null || directory.isBlank()) {
			return null;
		}
		Path file = Path.of(directory, name);
		Files.createDirectories(file.getParent());
		return file;
	}
}
