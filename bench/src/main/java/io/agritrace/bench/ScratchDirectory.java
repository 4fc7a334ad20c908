package io.agritrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory that is deleted with everything in it when closed: a
 * core run leaves tens of gigabytes of databases behind otherwise, and a full
 * disk fails the next build.
 */
final class ScratchDirectory implements AutoCloseable {

	private final Path path;

	ScratchDirectory(String prefix) throws IOException {
		path = Files.createTempDirectory(prefix);
	}

	Path resolve(String name) {
		return path.resolve(name);
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("could not delete the benchmark's scratch directory " + path, e);
		}
	}
}
