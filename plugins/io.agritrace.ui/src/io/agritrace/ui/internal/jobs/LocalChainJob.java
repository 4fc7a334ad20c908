package io.agritrace.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.LocalChain;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.Messages;

/**
 * The application's own chain: starts the managed local chain (unless a node
 * already answers on its port), then publishes the outbox every few seconds.
 * When the chain cannot start, the application goes on and events stay
 * pending; the status bar says why.
 */
public final class LocalChainJob extends Job {

	private static final long INTERVAL_MS = 5_000;

	private final LocalChain chain;
	private volatile String contract;
	private boolean startedHere;

	public LocalChainJob(Path workspace) {
		super(Messages.LocalChainJob_name);
		this.chain = LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (contract == null) {
				startedHere = !chain.isRunning();
				contract = chain.start();
			}
			TraceStore store = AgriTraceUiPlugin.getDefault().store().get();
			try (AnchorLedger ledger = openLedger()) {
				new AnchorPublisher(store.outbox(), ledger).publish(monitor::isCanceled);
			}
			return Status.OK_STATUS;
		} catch (ChainException | IOException | RuntimeException e) {
			// Logged, not shown: the status bar tells the user the chain's state.
			return Status.warning(NLS.bind(Messages.LocalChainJob_failed, e.getMessage()), e);
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
	 * A ledger on the workspace's chain, to read anchors from; the caller closes it.
	 *
	 * @throws ChainException while the chain has not started yet
	 */
	public AnchorLedger openLedger() throws ChainException {
		String address = contract;
		if (address == null) {
			throw new ChainException(Messages.LocalChainJob_notStarted);
		}
		return AnchorLedger.connect(chain.rpcUrl(), LocalChain.CHAIN_ID, address, LocalChain.RECORDER_KEY);
	}

	/** Stops the chain if this job started it. */
	public void shutdown() {
		cancel();
		if (startedHere) {
			try {
				chain.stop();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
