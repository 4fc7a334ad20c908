package io.agritrace.ui;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The families ({@link Job#belongsTo(Object)}) of the workbench's Jobs by what
 * they do, for whoever waits for them or cancels them by kind (a test joins a
 * family rather than sleeping). The chain's Jobs have their own, in the chain
 * bundle.
 */
public final class JobFamilies {

	/** Records written into the store from outside the forms: an imported document or CSV, the demo data. */
	public static final String IMPORT = "io.agritrace.ui.jobs.import"; //$NON-NLS-1$

	private JobFamilies() {
	}
}
