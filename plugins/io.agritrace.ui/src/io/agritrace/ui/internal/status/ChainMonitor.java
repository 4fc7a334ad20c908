package io.agritrace.ui.internal.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.ui.internal.Messages;

/**
 * Asks the configured chain node for its state every few seconds in a system
 * Job and tells listeners; the status bar shows what it last heard.
 */
public final class ChainMonitor {

	private static final long INTERVAL_MS = 10_000;

	private final List<Consumer<ChainStatus>> listeners = new CopyOnWriteArrayList<>();
	private volatile ChainStatus last;
	private final Job poll = new Job(Messages.ChainMonitor_jobName) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				ChainSettings settings = ChainSettings.fromPreferences(Platform.getPreferencesService());
				try (ChainClient client = ChainClient.connect(settings)) {
					last = client.status();
				}
				listeners.forEach(l -> l.accept(last));
				return Status.OK_STATUS;
			} finally {
				// Keep polling even after an unexpected failure; the job logs it.
				if (!monitor.isCanceled()) {
					schedule(INTERVAL_MS);
				}
			}
		}
	};

	public ChainMonitor() {
		poll.setSystem(true);
	}

	/** Starts polling with the first listener; the listener hears the last state at once. */
	public void addListener(Consumer<ChainStatus> listener) {
		listeners.add(listener);
		if (last != null) {
			listener.accept(last);
		}
		if (poll.getState() == Job.NONE) {
			poll.schedule();
		}
	}

	public void removeListener(Consumer<ChainStatus> listener) {
		listeners.remove(listener);
	}

	/** The last state heard, or null before the first answer. */
	public ChainStatus last() {
		return last;
	}

	public void stop() {
		poll.cancel();
	}
}
