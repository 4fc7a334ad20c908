package io.agritrace.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.messages"; //$NON-NLS-1$

	public static String FindHandler_notFound;
	public static String GeneralPreferences_saveFailed;
	public static String LotOpener_reading;
	public static String Window_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
