package io.agritrace.ui.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import io.agritrace.store.TraceStore;

/**
 * The workspace's {@link TraceStore}, opened on first use. Opening is I/O, so
 * {@link #get()} is for Jobs only; the UI thread reads results they deliver.
 */
public final class WorkspaceStore {

	/** Serialises jobs that write to the store. */
	public static final ISchedulingRule WRITE_RULE = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private TraceStore store;

	/** Opens the store if needed; never call from the UI thread. */
	public synchronized TraceStore get() {
		if (store == null) {
			store = TraceStore.openWorkspace(workspace());
		}
		return store;
	}

	synchronized void close() {
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/** The database file's path (without H2's extension), for the status bar. */
	public static Path databaseFile() {
		return TraceStore.workspaceDatabase(workspace());
	}

	/** The Eclipse instance location (the launcher's {@code -data}). */
	static Path workspace() {
		return new File(Platform.getInstanceLocation().getURL().getFile()).toPath();
	}

	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/** Tells views that the stored batches changed; any thread. */
	public void fireChanged() {
		changeListeners.forEach(Runnable::run);
	}
}
