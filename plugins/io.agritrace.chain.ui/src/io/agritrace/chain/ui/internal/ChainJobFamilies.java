package io.agritrace.chain.ui.internal;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The families ({@link Job#belongsTo(Object)}) of the chain's Jobs in the
 * workbench, for whoever waits for them or cancels them by kind.
 */
public final class ChainJobFamilies {

	/** Connecting to the chain and the anchoring rounds, which run again every few seconds. */
	public static final String ANCHORING = "io.agritrace.chain.ui.jobs.anchoring"; //$NON-NLS-1$
	/** Checking stored events against their anchors: a lot's trace (the Chain page) or the whole store. */
	public static final String VERIFICATION = "io.agritrace.chain.ui.jobs.verification"; //$NON-NLS-1$
	/**
	 * The whole store verified again in the background when it is due; the Job
	 * sleeps between runs, so join {@link #VERIFICATION} for a verification asked for.
	 */
	public static final String SCHEDULED_VERIFICATION = "io.agritrace.chain.ui.jobs.scheduledVerification"; //$NON-NLS-1$
	/** A step of the guided scenario. */
	public static final String SCENARIO = "io.agritrace.chain.ui.jobs.scenario"; //$NON-NLS-1$

	private ChainJobFamilies() {
	}
}
