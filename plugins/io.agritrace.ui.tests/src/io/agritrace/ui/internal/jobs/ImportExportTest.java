package io.agritrace.ui.internal.jobs;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.views.NavigatorBot;

/** The Import and Export Jobs, as their commands schedule them. */
class ImportExportTest extends WorkbenchTestCase {

	@Test
	void importingGs1DocumentsInJsonLdAndXmlRunsAsJobsAndStoresTheirEvents() throws Exception {
		// Importing twice stores nothing twice: count what each import adds, whatever ran before.
		assertEquals(1, importInAJob(Path.of("resources/gs1-examples/Example_9.6.2-ObjectEvent.jsonld")));
		assertEquals(2, importInAJob(Path.of("../io.agritrace.core.tests/resources/hash-vectors/persistentDisposition.xml")));
		assertEquals(0, importInAJob(Path.of("resources/gs1-examples/Example_9.6.2-ObjectEvent.jsonld")));
	}

	/** Imports the document as the Import command does; returns how many events it added. */
	private long importInAJob(Path document) throws Exception {
		assertTrue(Files.exists(document), document.toAbsolutePath().toString());
		WorkspaceStore workspace = service(WorkspaceStore.class);
		long before = workspace.get().events().count();
		ImportJob job = new ImportJob(workspace, document, false);
		job.schedule();
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		return workspace.get().events().count() - before;
	}

	@Test
	void anExportedTraceHoldsTheTimelinesEventsWithTheirHashIds(@TempDir Path folder) throws Exception {
		NavigatorBot.show(page).withBatches();
		WorkspaceStore workspace = service(WorkspaceStore.class);
		TraceStore store = workspace.get();
		ProductBatch batch = store.batches().list().get(0);
		Path file = folder.resolve("trace.jsonld");
		run(new ExportTraceJob(workspace, batch.traceCode(), file, ExportTraceJob.Format.EPCIS));
		List<String> expected = store.traces().trace(batch.code()).all().events().stream()
				.map(e -> e.hashId().toString()).toList();
		List<String> written = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); EpcisDocumentReader reader = new EpcisDocumentReader(in)) {
			reader.forEachRemaining(e -> written.add(e.hashId().toString()));
		}
		assertEquals(expected, written);
	}

	private static void run(Job job) {
		job.schedule();
		waitUntil(job.getName(), TIMEOUT_MS, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
	}
}
