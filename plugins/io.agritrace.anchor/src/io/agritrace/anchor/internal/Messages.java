package io.agritrace.anchor.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the anchoring bundle; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.anchor.internal.messages"; //$NON-NLS-1$

	public static String Connection_noContract;
	public static String Connection_noKeystore;
	public static String Connection_noPassword;
	public static String Connection_notConnected;
	public static String Connection_wrongChain;
	public static String Handovers_unknownReceiver;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
