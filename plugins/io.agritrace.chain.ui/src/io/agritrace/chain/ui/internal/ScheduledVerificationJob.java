package io.agritrace.chain.ui.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.agritrace.anchor.ChainPreferences;
import io.agritrace.anchor.Verification;
import io.agritrace.anchor.VerificationSchedule;
import io.agritrace.chain.ChainException;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * Verifies every stored event again in the background whenever the
 * {@link VerificationSchedule} says the store is due (hourly by default, at
 * once while an anchored event has never been verified), on the anchoring
 * Job's session, so that the dashboard's share of verified records and the
 * credit profiles are true without a click. It sleeps until the next time
 * due; a change of the interval preference wakes it. The verdicts found are
 * posted on {@link StoreTopics#VERDICTS}.
 */
final class ScheduledVerificationJob extends Job {

	/** While the chain is not connected yet, or after a run that left the store due: ask again this soon. */
	private static final long RETRY_MS = 10_000;

	private final WorkspaceStore store;
	private final AnchoringJob anchoring;

	ScheduledVerificationJob(WorkspaceStore store, AnchoringJob anchoring) {
		super(Messages.ScheduledVerification_job);
		this.store = store;
		this.anchoring = anchoring;
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return ChainJobFamilies.SCHEDULED_VERIFICATION.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long next = RETRY_MS;
		try {
			VerificationSchedule schedule = new VerificationSchedule(store.get(),
					ChainPreferences.verifyInterval(Platform.getPreferencesService()));
			Optional<Map<Verification.State, Integer>> found = schedule.runIfDue(anchoring.session(), Instant.now(),
					done -> !monitor.isCanceled());
			found.ifPresent(counts -> StoreTopics.post(StoreTopics.VERDICTS, counts));
			next = Math.max(RETRY_MS, schedule.untilDue(Instant.now()).orElse(schedule.interval()).toMillis());
			return Status.OK_STATUS;
		} catch (ChainException e) {
			// Not connected yet, or the node went away: the status bar says so; ask again soon.
			return Status.OK_STATUS;
		} finally {
			if (!monitor.isCanceled()) {
				schedule(next);
			}
		}
	}

	/** Looks at the schedule again now: its interval changed. */
	void reschedule() {
		if (getState() == SLEEPING) {
			wakeUp();
		}
	}
}
