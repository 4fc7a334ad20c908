package io.agritrace.ui.internal.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.demo.DemoDataSet;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/** Writes the demo data set into an empty workspace store, as one write run: all or nothing. */
public final class LoadDemoDataJob extends Job {

	private final WorkspaceStore workspace;

	public LoadDemoDataJob(WorkspaceStore workspace) {
		super(Messages.LoadDemoDataJob_name);
		setUser(true);
		setRule(WorkspaceStore.WRITE_RULE);
		this.workspace = workspace;
	}

	@Override
	public boolean belongsTo(Object family) {
		return JobFamilies.IMPORT.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			TraceStore store = workspace.get();
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			// Demo data goes only into an empty workspace, never beside real records.
			if (store.batches().count() == 0) {
				DemoDataSet demo = new DemoDataSet(WorkspaceZone.clock());
				demo.saveTo(store);
			}
			progress.worked(1);
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.LoadDemoDataJob_failed, e.getMessage()), e);
		} finally {
			StoreTopics.post(StoreTopics.BATCHES, WorkspaceStore.workspace().toString());
		}
	}
}
