package io.agritrace.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.handlers; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.handlers.messages"; //$NON-NLS-1$

	public static String FindHandler_prompt;
	public static String FindHandler_title;
	public static String MockRecall_prompt;
	public static String MockRecall_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
