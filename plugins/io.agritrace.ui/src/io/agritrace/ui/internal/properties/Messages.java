package io.agritrace.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.properties; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.properties.messages"; //$NON-NLS-1$

	public static String BatchEditor_certifications;
	public static String Properties_active;
	public static String Properties_activeNo;
	public static String Properties_activeYes;
	public static String Properties_batch;
	public static String Properties_bizLocation;
	public static String Properties_event;
	public static String Properties_from;
	public static String Properties_holderSeparator;
	public static String Properties_holders;
	public static String Properties_location;
	public static String Properties_onlyImported;
	public static String Properties_party;
	public static String Properties_product;
	public static String Properties_quantities;
	public static String Properties_readPoint;
	public static String Properties_registered;
	public static String Properties_registeredHere;
	public static String Properties_to;
	public static String Properties_type;
	public static String Properties_uri;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
