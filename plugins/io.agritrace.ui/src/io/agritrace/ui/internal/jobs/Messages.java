package io.agritrace.ui.internal.jobs;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.jobs; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.jobs.messages"; //$NON-NLS-1$

	public static String ExportJob_done;
	public static String ExportJob_failed;
	public static String ExportJob_name;
	public static String ImportJob_csvDone;
	public static String ImportJob_done;
	public static String ImportJob_eventsDone;
	public static String ImportJob_failed;
	public static String ImportJob_name;
	public static String LoadDemoDataJob_failed;
	public static String LoadDemoDataJob_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
