package io.agritrace.chain.ui.internal.views;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;

/** A view's reading Job, run now and again a while after each run for as long as the view's control lives. */
final class Polling {

	private Polling() {
	}

	static void start(Job reader, Control owner, long intervalMs) {
		reader.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!owner.isDisposed()) {
					reader.schedule(intervalMs);
				}
			}
		});
		reader.schedule();
	}
}
