package io.agritrace.ui.internal.chain;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.CustodySync;
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
import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.Messages;

/**
 * The application's anchoring: connects to the configured chain — starting
 * the managed local chain (unless a node already answers on its port), or
 * opening the Besu network's keystore — then publishes the outbox every few
 * seconds and makes the chain's custody record follow the shipments and
 * receipts: all of them on the managed local chain, where it holds every
 * organisation's development key; on a network, those of the organisation the
 * keystore's account records for. When the chain is unavailable the
 * application goes on and events stay pending; the status bar and the Anchor
 * Outbox view say why.
 */
public final class AnchoringJob extends Job {

	private static final long INTERVAL_MS = 5_000;
	/** Custody changes wait for their block each: a few a run keep every run short. */
	private static final int CUSTODY_STEPS_PER_RUN = 4;

	private final Path workspace;
	private final ChainSettings settings;
	private volatile AnchorTarget target;
	/** On the managed local chain, every organisation's development key. */
	private DevelopmentOrganisations organisations;
	/** Who signs custody steps here; null until known (on a network: until the account records for an organisation). */
	private CustodySync.Signers signers;
	private boolean reconciled;
	private LocalChain startedHere;

	public AnchoringJob(Path workspace, ChainSettings settings) {
		super(Messages.AnchoringJob_name);
		this.workspace = workspace;
		this.settings = settings;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (target == null) {
				target = settings.managed() ? startLocalChain() : openNetwork();
			}
			TraceStore store = AgriTraceUiPlugin.getDefault().store().get();
			try (AnchorLedger ledger = target.open()) {
				AnchorPublisher publisher = new AnchorPublisher(store.outbox(), ledger);
				if (!reconciled) {
					// Events the chain holds already (a restored or re-imported database) are not sent again.
					publisher.reconcile(monitor::isCanceled);
					reconciled = true;
				}
				publisher.publish(monitor::isCanceled);
			}
			try (CustodyLedger custody = CustodyLedger.connect(target.endpoint(), target.chainId(), target.contract())) {
				if (signers == null) {
					signers = organisations != null ? organisations::keyOf
							: CustodySync.Signers.ofRecorder(custody, target.signingKey());
				}
				if (signers != null) {
					new CustodySync(store.custodySteps(), custody, signers).sync(monitor::isCanceled, CUSTODY_STEPS_PER_RUN);
				}
			}
			return Status.OK_STATUS;
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

	private AnchorTarget startLocalChain() throws IOException, InterruptedException, ChainException {
		LocalChain chain = LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
		boolean running = chain.isRunning();
		String contract = chain.start();
		if (!running) {
			startedHere = chain;
		}
		organisations = DevelopmentOrganisations.onLocalChain(chain, contract);
		return AnchorTarget.local(chain, contract);
	}

	/** The configured network, after checking its chain id; the keystore's password comes from secure storage. */
	private AnchorTarget openNetwork() throws ChainException, StorageException {
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
			return new AnchorTarget(endpoint, connected.chainId(), settings.contract(),
					SigningKeystore.privateKey(Path.of(settings.keystore()), password));
		}
	}

	/**
	 * A ledger on the chain, to read anchors from; the caller closes it.
	 *
	 * @throws ChainException while the chain is not connected yet
	 */
	public AnchorLedger openLedger() throws ChainException {
		AnchorTarget connected = target;
		if (connected == null) {
			throw new ChainException(Messages.AnchoringJob_notStarted);
		}
		return connected.open();
	}

	/**
	 * The chain's custody record, to read holders from; the caller closes it.
	 *
	 * @throws ChainException while the chain is not connected yet
	 */
	public CustodyLedger openCustody() throws ChainException {
		AnchorTarget connected = target;
		if (connected == null) {
			throw new ChainException(Messages.AnchoringJob_notStarted);
		}
		return CustodyLedger.connect(connected.endpoint(), connected.chainId(), connected.contract());
	}

	/** Publishes now instead of at the next interval. */
	public void publishNow() {
		wakeUp();
	}

	/** Stops publishing, and the local chain if this job started it. */
	public void shutdown() {
		cancel();
		if (organisations != null) {
			organisations.close();
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
