package io.agritrace.ui.internal.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.csv.MasterDataCsv;
import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.CsvRejectedException;
import io.agritrace.store.EventImporter;
import io.agritrace.store.EventRepository;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.store.StoreException;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Imports a file all or nothing: an EPCIS document (JSON-LD or XML) as one
 * write run, whose rule-breaking events are flagged or, when strict, refuse
 * it; a CSV of parties or batches; or a CSV of shipments and receipts,
 * recorded here in one transaction, all or none. Cancelling keeps nothing; progress
 * follows the bytes read.
 */
public final class ImportJob extends Job {

	private final WorkspaceStore workspace;
	private final Path file;
	private final boolean strict;

	public ImportJob(WorkspaceStore workspace, Path file, boolean strict) {
		super(NLS.bind(Messages.ImportJob_name, file.getFileName()));
		this.workspace = workspace;
		this.file = file;
		this.strict = strict;
		setUser(true);
		setRule(WorkspaceStore.WRITE_RULE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return JobFamilies.IMPORT.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), ProgressInputStream.TOTAL_WORK);
		try (InputStream in = new ProgressInputStream(Files.newInputStream(file), monitor, Files.size(file))) {
			String done;
			if (EventsCsv.is(file)) {
				EventsCsv.Result rows = EventsCsv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
						WorkspaceZone.clock());
				if (!rows.errors().isEmpty()) {
					throw new CsvRejectedException(rows.errors());
				}
				EventRepository.Saved saved = workspace.get().importer()
						.recordAll(rows.rows().stream().map(EventsCsv.Row::event).toList());
				StoreTopics.post(StoreTopics.EVENTS, WorkspaceStore.workspace().toString());
				StoreTopics.post(StoreTopics.BATCHES, WorkspaceStore.workspace().toString());
				done = NLS.bind(Messages.ImportJob_eventsDone, saved.inserted(), saved.duplicates().size());
			} else if (MasterDataCsv.isCsv(file)) {
				int registered = workspace.get()
						.importCsv(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
				StoreTopics.post(StoreTopics.BATCHES, WorkspaceStore.workspace().toString());
				done = NLS.bind(Messages.ImportJob_csvDone, registered);
			} else {
				EventImporter.Result result = workspace.get().importer().importDocument(in, strict, monitor::isCanceled);
				StoreTopics.post(StoreTopics.EVENTS, WorkspaceStore.workspace().toString());
				done = NLS.bind(Messages.ImportJob_done, new Object[] { result.inserted(), result.duplicates(),
						result.declared(), result.warnings().size() });
			}
			return new Status(IStatus.OK, getClass(), done);
		} catch (EventImporter.ImportCancelledException e) {
			return Status.CANCEL_STATUS;
		} catch (CsvRejectedException e) {
			return Status.error(NLS.bind(Messages.ImportJob_failed, file.getFileName(), e.errors().stream()
					.map(row -> row.text(WorkbenchLanguage.current())).collect(Collectors.joining(" "))), e); //$NON-NLS-1$
		} catch (EpcisFormatException | RulesBrokenException | StoreException e) {
			return Status.error(NLS.bind(Messages.ImportJob_failed, file.getFileName(), e.text(WorkbenchLanguage.current())),
					e);
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.ImportJob_failed, file.getFileName(), e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}
}
