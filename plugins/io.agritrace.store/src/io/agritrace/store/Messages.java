package io.agritrace.store;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.store.messages"; //$NON-NLS-1$

	public static String Batch_alreadyRegistered;
	public static String Batch_notUnique;
	public static String Batch_twice;
	public static String CodeResolver_unknownTraceCode;
	public static String Correction_alreadyCorrected;
	public static String Correction_notStored;
	public static String FactFiller_notFilled;
	public static String TraceStore_compactInUse;
	public static String Trace_corrected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
