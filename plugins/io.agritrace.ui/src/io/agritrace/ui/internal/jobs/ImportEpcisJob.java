package io.agritrace.ui.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.store.EventImporter;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.store.StoreException;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;

/**
 * Imports an EPCIS document (JSON-LD or XML) as one write run (all or nothing);
 * cancelling keeps nothing of it. Progress follows the bytes read.
 */
public final class ImportEpcisJob extends Job {

	private final WorkspaceStore workspace;
	private final Path file;

	public ImportEpcisJob(WorkspaceStore workspace, Path file) {
		super(NLS.bind(Messages.ImportJob_name, file.getFileName()));
		this.workspace = workspace;
		this.file = file;
		setUser(true);
		setRule(WorkspaceStore.WRITE_RULE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), ProgressInputStream.TOTAL_WORK);
		try (InputStream in = new ProgressInputStream(Files.newInputStream(file), monitor, Files.size(file))) {
			EventImporter.Result result = workspace.get().importer().importDocument(in, false, monitor::isCanceled);
			StoreTopics.post(StoreTopics.EVENTS, WorkspaceStore.workspace().toString());
			return new Status(IStatus.OK, getClass(), NLS.bind(Messages.ImportJob_done,
					new Object[] { result.inserted(), result.duplicates(), result.declared(), result.warnings().size() }));
		} catch (EventImporter.ImportCancelledException e) {
			return Status.CANCEL_STATUS;
		} catch (EpcisFormatException | RulesBrokenException | StoreException | IOException e) {
			return Status.error(NLS.bind(Messages.ImportJob_failed, file.getFileName(), e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}
}
