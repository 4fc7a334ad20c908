package io.agritrace.chain.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.service.VerificationReport;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Verifies every stored event against the chain, a thousand at a time, with
 * progress and cancel; the verdicts are kept in the store, and the
 * {@link StoreTopics#VERDICTS} topic tells the dashboard. Then it reports
 * what it found ({@link VerifyAllReport}: the counts, and every record that
 * no longer verifies). A cancelled run keeps the verdicts of the pages it
 * finished.
 */
public final class VerifyAllJob extends Job {

	private final WorkspaceStore store;
	private final ChainService chain;
	private final Shell window;

	/** @param window the window whose user asked, which the report opens over */
	public VerifyAllJob(WorkspaceStore store, ChainService chain, Shell window) {
		super(Messages.VerifyAll_job);
		this.store = store;
		this.chain = chain;
		this.window = window;
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
			return Status.error(Messages.Verify_noChain);
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
			VerificationReport report = VerificationReport.of(store.get(), counts, WorkbenchLanguage.current());
			report(report);
			return Status.OK_STATUS;
		} catch (ChainException e) {
			return Status.error(NLS.bind(Messages.Verify_unavailable, WorkbenchLanguage.text(e)), e);
		}
	}

	/** Shows what was found over the window, unless it was closed meanwhile. */
	private void report(VerificationReport report) {
		Display display = window.getDisplay();
		display.asyncExec(() -> {
			if (!window.isDisposed()) {
				new VerifyAllReport(window, report).open();
			}
		});
	}
}
