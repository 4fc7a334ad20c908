package io.agritrace.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.messages"; //$NON-NLS-1$

	public static String CodeLookup_found;
	public static String FindHandler_notFound;
	public static String GeneralPreferences_saveFailed;
	public static String LotChoice_columnHolders;
	public static String LotChoice_columnLot;
	public static String LotChoice_columnProduct;
	public static String LotChoice_columnTraceCode;
	public static String LotChoice_message;
	public static String LotChoice_separator;
	public static String LotChoice_title;
	public static String LotOpener_reading;
	public static String Window_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
