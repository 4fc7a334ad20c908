package io.agritrace.anchor.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the anchoring bundle; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.anchor.internal.messages"; //$NON-NLS-1$

	public static String ChainStatus_connected;
	public static String ChainStatus_connectedDetails;
	public static String ChainStatus_connectedLine;
	public static String ChainStatus_noValidators;
	public static String ChainStatus_notConnected;
	public static String ChainStatus_notConnectedLine;
	public static String ChainStatus_wrongChain;
	public static String ChainStatus_wrongChainLine;
	public static String Connection_noContract;
	public static String Connection_noKey;
	public static String Connection_noKeystore;
	public static String Connection_noPassword;
	public static String Handovers_unknownReceiver;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
