package io.agritrace.ui;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.internal.StartupSettings;

/**
 * The workspace's {@link TraceStore}, a workbench service (get it from a part's
 * site, {@code HandlerUtil} or the workbench), opened on first use. Opening is
 * I/O, so {@link #get()} is for Jobs only; the UI thread reads what they deliver.
 * Jobs that change the store say so on the event broker ({@link StoreTopics}).
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

	private TraceStore store;

	/** Opens the store if needed; never call from the UI thread. */
	public synchronized TraceStore get() {
		if (store == null) {
			store = TraceStore.open(jdbcUrl(), WorkspaceZone.clock());
		}
		return store;
	}

	/**
	 * The database this session opens: the launcher's
	 * {@value TraceStore#JDBC_URL_PROPERTY}, else the one chosen in Preferences >
	 * Database, else the file inside the workspace.
	 */
	public static String jdbcUrl() {
		String chosen = StartupSettings.databaseUrl();
		return System.getProperty(TraceStore.JDBC_URL_PROPERTY,
				chosen.isEmpty() ? TraceStore.workspaceUrl(workspace()) : chosen);
	}

	/** Closes the store; the workbench does, after it has shut down. */
	public synchronized void close() {
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/** The database for people to read: the file's path (without H2's extension), or a URL chosen instead. */
	public static String databaseName() {
		String url = jdbcUrl();
		return url.equals(TraceStore.workspaceUrl(workspace())) ? databaseFile().toString() : url;
	}

	/** The database file inside the workspace, without H2's extension. */
	public static Path databaseFile() {
		return TraceStore.workspaceDatabase(workspace());
	}

	/** The Eclipse instance location (the launcher's {@code -data}). */
	public static Path workspace() {
		return new File(Platform.getInstanceLocation().getURL().getFile()).toPath();
	}
}
