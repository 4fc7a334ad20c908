package io.agritrace.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs in a child JVM of {@link CrashSafetyTest}: imports one file into one workspace. */
public final class ImportInChildProcess {

	public static void main(String[] args) throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(Path.of(args[0]));
				InputStream in = Files.newInputStream(Path.of(args[1]))) {
			System.out.println("started");
			EventImporter.Result result = store.importer().importDocument(in, false, () -> false);
			System.out.println("imported " + result.inserted());
		}
	}

	private ImportInChildProcess() {
	}
}
