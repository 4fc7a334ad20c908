package io.agritrace.ui.internal.status;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.status; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.status.messages"; //$NON-NLS-1$

	public static String Status_database;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
