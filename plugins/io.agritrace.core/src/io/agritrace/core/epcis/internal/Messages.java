package io.agritrace.core.epcis.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Reasons of {@link io.agritrace.core.epcis.EpcisFormatException}, in the
 * user's language; Simplified Chinese in messages_zh.properties.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.epcis.internal.messages"; //$NON-NLS-1$

	public static String Format_actionRequired;
	public static String Format_actionValues;
	public static String Format_atLine;
	public static String Format_beforeBody;
	public static String Format_documentType;
	public static String Format_dtdRefused;
	public static String Format_ended;
	public static String Format_expected;
	public static String Format_kindBoolean;
	public static String Format_kindList;
	public static String Format_kindNull;
	public static String Format_kindNumber;
	public static String Format_kindObject;
	public static String Format_kindOther;
	public static String Format_kindText;
	public static String Format_line;
	public static String Format_noEpcisBody;
	public static String Format_noEventList;
	public static String Format_noRoot;
	public static String Format_notDateTime;
	public static String Format_notEventObject;
	public static String Format_notJson;
	public static String Format_notNumber;
	public static String Format_notOffset;
	public static String Format_notWellFormed;
	public static String Format_required;
	public static String Format_undeclaredPrefix;
	public static String Format_unknownEventType;
	public static String Format_unreadable;
	public static String Format_xmlNoEventList;
	public static String Format_xmlNotBoolean;
	public static String Format_xmlNotNumber;
	public static String Format_xmlRoot;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
