package io.agritrace.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves a drawing as a PNG where the build keeps pictures to look at, when it names a place. */
final class Pictures {

	private Pictures() {
	}

	static void save(String name, Drawing drawing) throws IOException {
		String directory = System.getProperty("agritrace.screenshots"); //$NON-NLS-1$
		if (directory == null || directory.isBlank()) {
			return;
		}
		Path file = Path.of(directory, name);
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			DrawingExport.png(drawing, out);
		}
	}
}
