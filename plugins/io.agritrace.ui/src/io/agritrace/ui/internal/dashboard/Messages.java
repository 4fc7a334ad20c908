package io.agritrace.ui.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.dashboard; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.dashboard.messages"; //$NON-NLS-1$

	public static String Dashboard_backlog;
	public static String Dashboard_batches;
	public static String Dashboard_category;
	public static String Dashboard_eventsCaption;
	public static String Dashboard_incidentsCaption;
	public static String Dashboard_incidentsListedBelow;
	public static String Dashboard_incidentsListedLast;
	public static String Dashboard_incidentsTitle;
	public static String Dashboard_lastDays;
	public static String Dashboard_organisations;
	public static String Dashboard_passRate;
	public static String Dashboard_period;
	public static String Dashboard_present;
	public static String Dashboard_presentationTitle;
	public static String Dashboard_reading;
	public static String Dashboard_title;
	public static String Dashboard_verifiedCaption;
	public static String Dashboard_warnings;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
