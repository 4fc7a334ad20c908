package io.agritrace.core.rules;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.rules.messages"; //$NON-NLS-1$

	public static String Correction_didNotOccurWithCorrective;
	public static String Correction_noCorrective;
	public static String Correction_unchanged;
	public static String Correction_unknownReason;
	public static String Rule_beforeItem;
	public static String Rule_consumed;
	public static String Rule_destroyed;
	public static String Rule_future;
	public static String Rule_inOtherContainer;
	public static String Rule_notConserved;
	public static String Rule_notHolder;
	public static String Rule_unknownItem;
	public static String Rule_unknownLocation;
	public static String Rule_unknownParty;
	public static String Rule_unknownProduct;
	public static String Rule_wrongDestination;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
