package io.agritrace.chain.ui.internal.handovers;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Handovers;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Accepts the selected handovers, or rejects them with one reason, each in
 * its own transaction under the workspace's publisher lock (the anchoring Job
 * signs with the same account). Cancel stops before the next handover.
 */
public final class AnswerHandoversJob extends Job {

	/** How long to wait for the anchoring Job's transactions to finish. */
	private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

	private final ChainService chain;
	private final List<HandoverRow> rows;
	/** Null to accept. */
	private final String reason;

	/** @param reason why the handovers are rejected; null to accept them */
	public AnswerHandoversJob(ChainService chain, List<HandoverRow> rows, String reason) {
		super(reason == null ? Messages.Handovers_accepting : Messages.Handovers_rejecting);
		this.chain = chain;
		this.rows = rows;
		this.reason = reason;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), rows.size());
		HandoverRow current = null;
		try {
			AnchoringSession session = chain.anchoring().orElseThrow(() -> new ChainException(Messages.Verify_noChain))
					.session();
			Handovers handovers = session.handovers()
					.orElseThrow(() -> new ChainException(Messages.Handovers_noOrganisation));
			try (PublisherLock lock = session.lock(getName(), LOCK_WAIT, monitor::isCanceled)) {
				for (HandoverRow row : rows) {
					if (progress.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					current = row;
					progress.subTask(row.batch());
					if (reason == null) {
						handovers.accept(row.handover());
					} else {
						handovers.reject(row.handover(), reason);
					}
					progress.worked(1);
				}
			}
			return Status.OK_STATUS;
		} catch (PublisherLock.HeldException e) {
			return Status.error(NLS.bind(Messages.Handovers_busy, e.holder()), e);
		} catch (ChainException | IOException e) {
			String what = current == null ? getName() : current.batch();
			return Status.error(NLS.bind(Messages.Handovers_failed, what, WorkbenchLanguage.text(e)), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}
}
