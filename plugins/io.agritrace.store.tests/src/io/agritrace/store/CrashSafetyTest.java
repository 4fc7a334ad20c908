package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ethlo.time.ITU;
import com.networknt.schema.JsonSchema;

import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.JilinScenarioGenerator;

/**
 * Kills a JVM in the middle of a large import and checks that the database
 * reopens clean with none of the import (one write run), then that the same
 * import completes.
 */
class CrashSafetyTest {

	private static final long EVENTS_WANTED = 30_000;

	@TempDir
	Path dir;

	@Test
	void aKilledImportLeavesNothingAndTheDatabaseReopensClean() throws Exception {
		Path document = dir.resolve("large.jsonld");
		long events = writeDocument(document);
		Path workspace = dir.resolve("workspace");

		Process child = importer(workspace, document).start();
		// Kill it once it has been importing for a while, mid-transaction.
		assertEquals("started", new String(child.getInputStream().readNBytes(7)));
		Thread.sleep(3000);
		assertTrue(child.isAlive(), () -> "the import should still be running: " + errors(child));
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertTrue(StoreInternals.rebuiltIndexes(store) > 0, "the killed process did not close the database: its indexes are rebuilt");
			assertEquals(0, store.events().count(), "none of the killed import's events");
			assertEquals(0L, store.statistics().get("anchors_pending"));
		}

		Process again = importer(workspace, document).start();
		assertTrue(again.waitFor(10, TimeUnit.MINUTES));
		assertEquals(0, again.exitValue(), new String(again.getErrorStream().readAllBytes()));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(events, store.events().count());
			assertEquals(events, store.statistics().get("anchors_pending"));
		}
	}

	private static long writeDocument(Path file) throws IOException {
		List<EpcisEvent> events = new ArrayList<>();
		new JilinScenarioGenerator(7, Clock.systemUTC(), 3650).generate((int) (EVENTS_WANTED / 14), new JilinScenarioGenerator.Sink() {
			@Override
			public void batch(ProductBatch batch) {
				// the import is about events
			}

			@Override
			public void event(EpcisEvent event) {
				events.add(event);
			}
		});
		try (OutputStream out = Files.newOutputStream(file);
				EpcisDocumentWriter writer = new EpcisDocumentWriter(out, Map.of(), Instant.now())) {
			events.forEach(writer::write);
		}
		return events.stream().map(EpcisEvent::hashId).distinct().count(); // identical events are stored once
	}

	private static String errors(Process process) {
		try {
			return new String(process.getErrorStream().readAllBytes());
		} catch (IOException e) {
			return e.toString();
		}
	}

	/** A plain JVM with the jars (or class folders) of the bundles the import needs. */
	private static ProcessBuilder importer(Path workspace, Path document) throws Exception {
		List<String> classPath = new ArrayList<>();
		for (Class<?> c : new Class<?>[] { CrashSafetyTest.class, TraceStore.class, EpcisEvent.class,
				JdbcDataSource.class, ObjectMapper.class, JsonParser.class, JsonProperty.class, NLS.class,
				JsonSchema.class, ITU.class, LoggerFactory.class }) {
			classPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classPath),
				ImportInChildProcess.class.getName(), workspace.toString(), document.toString());
	}
}
