package io.agritrace.chain.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.ChainPreferences;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Asks the configured chain node for its state, and the outbox for its
 * backlog, every few seconds in a system Job and tells listeners; the status
 * bar shows what it last heard.
 */
public final class ChainMonitor {

	/**
	 * What one poll heard.
	 *
	 * @param backlog events not yet anchored (pending, in flight, failed)
	 */
	public record Snapshot(ChainStatus status, long backlog) {
	}

	private static final long INTERVAL_MS = 5_000;

	private final WorkspaceStore store;
	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private volatile Snapshot last;
	/** Asked for while a poll ran, which may have read the backlog before the change: poll again at once. */
	private volatile boolean askedAgain;
	private final Job poll = new Job(Messages.ChainMonitor_jobName) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			askedAgain = false;
			try {
				ChainSettings settings = ChainPreferences.read(Platform.getPreferencesService());
				ChainStatus status = ChainConnection.status(settings, SecureStorageSecrets.ofUser());
				last = new Snapshot(status, store.get().outbox().backlogCount());
				listeners.forEach(l -> l.accept(last));
				return Status.OK_STATUS;
			} catch (ChainException e) {
				return Status.warning(WorkbenchLanguage.text(e), e);
			} finally {
				// Keep polling even after an unexpected failure; the job logs it.
				if (!monitor.isCanceled()) {
					schedule(askedAgain ? 0 : INTERVAL_MS);
				}
			}
		}
	};

	ChainMonitor(WorkspaceStore store) {
		this.store = store;
		poll.setSystem(true);
	}

	/** Starts polling with the first listener; the listener hears the last state at once. */
	public void addListener(Consumer<Snapshot> listener) {
		listeners.add(listener);
		if (last != null) {
			listener.accept(last);
		}
		if (poll.getState() == Job.NONE) {
			poll.schedule();
		}
	}

	public void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}

	/** Polls now instead of at the next interval (the chain settings changed, or a user asked). */
	public void refresh() {
		askedAgain = true;
		poll.wakeUp();
	}

	public void stop() {
		poll.cancel();
	}
}
