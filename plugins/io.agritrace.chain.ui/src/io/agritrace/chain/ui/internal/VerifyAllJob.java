package io.agritrace.chain.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Verifies every stored event against the chain, a thousand at a time, with
 * progress and cancel; the verdicts are kept in the store, and the
 * {@link StoreTopics#VERDICTS} topic tells the dashboard. A cancelled run
 * keeps the verdicts of the pages it finished.
 */
public final class VerifyAllJob extends Job {

	private final WorkspaceStore store;
	private final ChainService chain;

	public VerifyAllJob(WorkspaceStore store, ChainService chain) {
		super(Messages.VerifyAll_job);
		this.store = store;
		this.chain = chain;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return ChainJobFamilies.VERIFICATION.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		AnchoringJob anchoring = chain.anchoring().orElse(null);
		if (anchoring == null) {
			return Status.warning(Messages.Verify_noChain);
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.VerifyAll_job, (int) Math.min(Integer.MAX_VALUE,
				store.get().events().count()));
		try {
			int[] reported = { 0 };
			Map<Verification.State, Integer> counts = anchoring.session().verifyAll(done -> {
				progress.worked(done - reported[0]);
				reported[0] = done;
				progress.subTask(NLS.bind(Messages.VerifyAll_progress, done));
				return !progress.isCanceled();
			});
			StoreTopics.post(StoreTopics.VERDICTS, counts);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			int mismatches = counts.getOrDefault(Verification.State.MISMATCH, 0);
			int verified = counts.getOrDefault(Verification.State.VERIFIED, 0);
			String summary = NLS.bind(Messages.VerifyAll_done, new Object[] { verified, reported[0], mismatches });
			return mismatches > 0 ? Status.warning(summary) : Status.info(summary);
		} catch (ChainException e) {
			return Status.error(NLS.bind(Messages.Verify_unavailable, WorkbenchLanguage.text(e)), e);
		}
	}
}
