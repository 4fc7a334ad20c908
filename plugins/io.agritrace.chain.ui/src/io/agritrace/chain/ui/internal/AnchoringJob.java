package io.agritrace.chain.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.CustodySync;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.SigningKeystore;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * The application's anchoring: connects to the configured chain — starting
 * the managed local chain, which ends with the application (unless a node
 * already answered on its port that another live process keeps), or
 * opening the Besu network's keystore — then publishes the outbox every few
 * seconds and makes the chain's custody record follow the shipments and
 * receipts: all of them on the managed local chain, where it holds every
 * organisation's development key; on a network, those of the organisation the
 * keystore's account records for. When the chain is unavailable the
 * application goes on and events stay pending; the status bar and the Anchor
 * Outbox view say why. A run that changed anchor states says so on
 * {@link StoreTopics#ANCHORS}.
 */
public final class AnchoringJob extends Job {

	private static final long INTERVAL_MS = 5_000;
	/** Custody changes wait for their block each: a few a run keep every run short. */
	private static final int CUSTODY_STEPS_PER_RUN = 4;

	private final WorkspaceStore store;
	private final Path workspace;
	private final ChainSettings settings;
	private volatile AnchoringSession session;
	private boolean reconciled;
	private LocalChain startedHere;

	public AnchoringJob(WorkspaceStore store, Path workspace, ChainSettings settings) {
		super(Messages.AnchoringJob_name);
		this.store = store;
		this.workspace = workspace;
		this.settings = settings;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (session == null) {
				TraceStore opened = store.get();
				session = settings.managed() ? startLocalChain(opened) : openNetwork(opened);
			}
			// Another publisher of this workspace (agritrace-cli publish) has the account: try at the next interval.
			try (PublisherLock lock = session.lock(Messages.AnchoringJob_name, Duration.ZERO, monitor::isCanceled)) {
				int changed = 0;
				if (!reconciled) {
					// Events the chain holds already (a restored or re-imported database) are not sent again.
					changed += session.reconcile(monitor::isCanceled);
					reconciled = true;
				}
				AnchorPublisher.Result published = session.publish(monitor::isCanceled);
				changed += published.anchored() + published.failed();
				changed += session.syncCustody(monitor::isCanceled, CUSTODY_STEPS_PER_RUN).map(CustodySync.Result::synced)
						.orElse(0);
				if (changed > 0) {
					StoreTopics.post(StoreTopics.ANCHORS, workspace.toString());
				}
			}
			return Status.OK_STATUS;
		} catch (PublisherLock.HeldException e) {
			return Status.info(NLS.bind(Messages.AnchoringJob_lockHeld, e.holder()));
		} catch (ChainException | IOException | StorageException | RuntimeException e) {
			// Logged, not shown: the status bar tells the user the chain's state.
			return Status.warning(NLS.bind(Messages.AnchoringJob_failed, e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			if (!monitor.isCanceled()) {
				schedule(INTERVAL_MS);
			}
		}
	}

	private AnchoringSession startLocalChain(TraceStore store) throws IOException, InterruptedException, ChainException {
		LocalChain chain = LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
		LocalChain.Running running = chain.start(LocalChain.Lifetime.THIS_PROCESS);
		if (running.start() != LocalChain.Start.JOINED) {
			startedHere = chain;
		}
		if (running.start() == LocalChain.Start.TOOK_OVER) {
			ILog.of(getClass()).info(NLS.bind(Messages.AnchoringJob_tookOver, String.valueOf(running.pid())));
		}
		return new AnchoringSession(workspace, store, AnchorTarget.local(chain, running.contract()),
				DevelopmentOrganisations.onLocalChain(chain, running.contract()));
	}

	/** The configured network, after checking its chain id; the keystore's password comes from secure storage. */
	private AnchoringSession openNetwork(TraceStore store) throws ChainException, StorageException {
		if (settings.contract().isEmpty()) {
			throw new ChainException(Messages.AnchoringJob_noContract);
		}
		if (settings.keystore().isEmpty()) {
			throw new ChainException(Messages.AnchoringJob_noKeystore);
		}
		ChainSecrets secrets = new ChainSecrets(SecurePreferencesFactory.getDefault());
		String password = secrets.keystorePassword();
		if (password == null) {
			throw new ChainException(Messages.AnchoringJob_noPassword);
		}
		ChainEndpoint endpoint = settings.endpoint(secrets.bearerToken());
		try (ChainClient client = ChainClient.connect(endpoint, settings.expectedChainId())) {
			ChainStatus status = client.status();
			if (!(status instanceof ChainStatus.Connected connected)) {
				throw new ChainException(ChainStatusText.describe(status));
			}
			return new AnchoringSession(workspace, store, new AnchorTarget(endpoint, connected.chainId(), settings.contract(),
					SigningKeystore.privateKey(Path.of(settings.keystore()), password)), null);
		}
	}

	/**
	 * A ledger on the chain, to read anchors from; the caller closes it.
	 *
	 * @throws ChainException while the chain is not connected yet
	 */
	public AnchorLedger openLedger() throws ChainException {
		return connected().open();
	}

	/**
	 * The chain's custody record, to read holders from; the caller closes it.
	 *
	 * @throws ChainException while the chain is not connected yet
	 */
	public CustodyLedger openCustody() throws ChainException {
		AnchorTarget connected = connected();
		return CustodyLedger.connect(connected.endpoint(), connected.chainId(), connected.contract());
	}

	private AnchorTarget connected() throws ChainException {
		AnchoringSession connected = session;
		if (connected == null) {
			throw new ChainException(Messages.AnchoringJob_notStarted);
		}
		return connected.target();
	}

	/** Publishes now instead of at the next interval. */
	public void publishNow() {
		wakeUp();
	}

	/** Stops publishing, and the local chain if this job started it. */
	public void shutdown() {
		cancel();
		if (session != null) {
			session.close();
		}
		if (startedHere != null) {
			try {
				startedHere.stop();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
