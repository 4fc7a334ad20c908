package io.agritrace.chain.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchoringRound;
import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.ChainSecrets;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.LocalChain;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * The application's anchoring: connects to the configured chain (a
 * {@link ChainConnection}: the managed local chain, which ends with the
 * application unless another live process keeps it, or the Besu network of
 * the settings), then runs an {@link AnchoringRound} every few seconds:
 * publishes the outbox, makes the chain's custody record follow the shipments
 * and receipts, and verifies what it anchored. When the chain is unavailable
 * the application goes on and events stay pending; the status bar and the
 * Anchor Outbox view say why. A run that changed anchor states says so on
 * {@link StoreTopics#ANCHORS}, one that verified events on
 * {@link StoreTopics#VERDICTS}.
 */
public final class AnchoringJob extends Job {

	private static final long INTERVAL_MS = 5_000;
	/**
	 * Custody steps go out a page at a time without waiting block by block (50
	 * to 150 a second on the managed chain): this many keep a run within a few
	 * seconds, so that publishing new events is never long behind.
	 */
	private static final int CUSTODY_STEPS_PER_RUN = 400;

	private final WorkspaceStore store;
	private final Path workspace;
	private final ChainSettings settings;
	private final ChainSecrets secrets;
	/** Guards {@link #connection} against a {@link #shutdown()} while a run connects. */
	private final Object connecting = new Object();
	private volatile ChainConnection connection;
	private boolean shutDown;
	private AnchoringRound round;

	public AnchoringJob(WorkspaceStore store, Path workspace, ChainSettings settings, ChainSecrets secrets) {
		super(Messages.AnchoringJob_name);
		this.store = store;
		this.workspace = workspace;
		this.settings = settings;
		this.secrets = secrets;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return ChainJobFamilies.ANCHORING.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (connection == null) {
				if (!keep(ChainConnection.open(workspace, store.get(), settings, secrets, LocalChain.Lifetime.THIS_PROCESS))) {
					return Status.CANCEL_STATUS;
				}
				LocalChain.Running local = connection.localChain();
				if (local != null && local.start() == LocalChain.Start.TOOK_OVER) {
					ILog.of(getClass()).info(NLS.bind(Messages.AnchoringJob_tookOver, String.valueOf(local.pid())));
				}
				round = new AnchoringRound(connection.session(), CUSTODY_STEPS_PER_RUN);
			}
			AnchoringSession session = connection.session();
			// Another publisher of this workspace (agritrace-cli publish) has the account: try at the next interval.
			try (PublisherLock lock = session.lock(Messages.AnchoringJob_name, Duration.ZERO, monitor::isCanceled)) {
				AnchoringRound.Result done = round.run(monitor::isCanceled);
				if (done.changed() > 0) {
					StoreTopics.post(StoreTopics.ANCHORS, workspace.toString());
				}
				if (done.verified() + done.mismatches() > 0) {
					StoreTopics.post(StoreTopics.VERDICTS, Map.of(Verification.State.VERIFIED, done.verified(),
							Verification.State.MISMATCH, done.mismatches()));
				}
			}
			return Status.OK_STATUS;
		} catch (PublisherLock.HeldException e) {
			return Status.info(NLS.bind(Messages.AnchoringJob_lockHeld, e.holder()));
		} catch (ChainException | IOException | RuntimeException e) {
			// Logged, not shown: the status bar tells the user the chain's state.
			return Status.warning(NLS.bind(Messages.AnchoringJob_failed, WorkbenchLanguage.text(e)), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			if (!monitor.isCanceled()) {
				schedule(INTERVAL_MS);
			}
		}
	}

	/**
	 * The session on the connected chain, for what the user asks of it besides
	 * anchoring: verifying, reading a lot's holder, answering handovers.
	 *
	 * @throws ChainException while the chain is not connected yet
	 */
	public AnchoringSession session() throws ChainException {
		ChainConnection open = connection;
		if (open == null) {
			throw new ChainException(Messages.AnchoringJob_notStarted);
		}
		return open.session();
	}

	/** Publishes now instead of at the next interval. */
	public void publishNow() {
		wakeUp();
	}

	/**
	 * Keeps the connection a run opened, unless the job was shut down while it opened (File > Exit while the local
	 * chain came up): then it is closed at once, and with it the chain it started.
	 */
	private boolean keep(ChainConnection opened) throws InterruptedException {
		synchronized (connecting) {
			if (!shutDown) {
				connection = opened;
				return true;
			}
		}
		opened.close();
		return false;
	}

	/** Stops publishing, and the local chain if this job started it, or will have when its run finishes connecting. */
	public void shutdown() {
		cancel();
		ChainConnection open;
		synchronized (connecting) {
			shutDown = true;
			open = connection;
		}
		if (open != null) {
			try {
				open.close();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
