package io.agritrace.chain.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.EventHandler;

import io.agritrace.anchor.ChainPreferences;
import io.agritrace.chain.ChainSettings;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * The workbench's chain, a workbench service: the anchoring Job on the
 * configured chain, the whole store's verification on its schedule
 * ({@link ScheduledVerificationJob}) and the monitor of the node's state. It follows the chain
 * preferences wherever they are changed (a preference listener) and the
 * secrets the preference page saves ({@link #SECRETS_TOPIC}), and publishes
 * new events as soon as a Job says it stored some.
 */
public final class ChainService {

	/** Posted when the chain secrets in secure storage changed, which no preference listener hears. */
	public static final String SECRETS_TOPIC = "io/agritrace/chain/SECRETS"; //$NON-NLS-1$
	/** Several keys change in one save: reconnect once, after the last. */
	private static final long RECONNECT_DELAY_MS = 300;

	private final WorkspaceStore store;
	private final IEventBroker broker;
	private final ChainMonitor monitor;
	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ChainSettings.NODE);
	private final IPreferenceChangeListener preferenceListener = event -> {
		if (ChainSettings.KEY_VERIFY_INTERVAL_MINUTES.equals(event.getKey())) {
			verification().ifPresent(ScheduledVerificationJob::reschedule);
		} else {
			reconnectSoon();
		}
	};
	private final EventHandler storeChanged = event -> publishNow();
	/** Anchoring rounds change the backlog that the status bar shows: ask at once rather than at the next poll. */
	private final EventHandler anchorsChanged = event -> monitor().refresh();
	private final EventHandler secretsChanged = event -> reconnectSoon();
	private final Job reconnect = new Job(Messages.ChainService_reconnecting) {
		@Override
		protected IStatus run(IProgressMonitor m) {
			stopAnchoring();
			startAnchoring();
			publishNow();
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return ChainJobFamilies.ANCHORING.equals(family);
		}
	};
	private volatile AnchoringJob anchoring;
	private volatile ScheduledVerificationJob verification;
	private boolean started;

	ChainService(WorkspaceStore store, IEventBroker broker) {
		this.store = store;
		this.broker = broker;
		this.monitor = new ChainMonitor(store);
		reconnect.setSystem(true);
	}

	/** Connects to the configured chain (the managed local chain by default) and follows its settings. */
	public synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		preferences.addPreferenceChangeListener(preferenceListener);
		// Headless: these handlers do no UI work and must not wait for the UI thread.
		broker.subscribe(StoreTopics.BATCHES, null, storeChanged, true);
		broker.subscribe(StoreTopics.EVENTS, null, storeChanged, true);
		broker.subscribe(SECRETS_TOPIC, null, secretsChanged, true);
		broker.subscribe(StoreTopics.ANCHORS, null, anchorsChanged, true);
		startAnchoring();
	}

	/** Stops publishing and polling, and the local chain if this application started it. */
	public synchronized void stop() {
		if (!started) {
			return;
		}
		started = false;
		preferences.removePreferenceChangeListener(preferenceListener);
		broker.unsubscribe(storeChanged);
		broker.unsubscribe(secretsChanged);
		broker.unsubscribe(anchorsChanged);
		reconnect.cancel();
		stopAnchoring();
		monitor.stop();
	}

	/** The anchoring on the configured chain, while connected or connecting. */
	public Optional<AnchoringJob> anchoring() {
		return Optional.ofNullable(anchoring);
	}

	/** The whole store's verification in the background, under the anchoring's session. */
	Optional<ScheduledVerificationJob> verification() {
		return Optional.ofNullable(verification);
	}

	public ChainMonitor monitor() {
		return monitor;
	}

	/** Publishes now rather than at the next interval, and asks the node for its state. */
	public void publishNow() {
		anchoring().ifPresent(AnchoringJob::publishNow);
		monitor.refresh();
	}

	private void reconnectSoon() {
		reconnect.schedule(RECONNECT_DELAY_MS);
	}

	private synchronized void startAnchoring() {
		if (started && anchoring == null) {
			anchoring = new AnchoringJob(store, WorkspaceStore.workspace(),
					ChainPreferences.read(Platform.getPreferencesService()), SecureStorageSecrets.ofUser());
			anchoring.schedule();
			verification = new ScheduledVerificationJob(store, anchoring);
			verification.schedule();
		}
	}

	private synchronized void stopAnchoring() {
		if (verification != null) {
			verification.cancel();
			verification = null;
		}
		if (anchoring != null) {
			anchoring.shutdown();
			anchoring = null;
		}
	}
}
