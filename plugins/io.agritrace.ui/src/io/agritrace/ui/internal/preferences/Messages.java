package io.agritrace.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.preferences; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.preferences.messages"; //$NON-NLS-1$

	public static String CreditPreferences_description;
	public static String CreditPreferences_gradeA;
	public static String CreditPreferences_gradeB;
	public static String CreditPreferences_gradeC;
	public static String CreditPreferences_lateHours;
	public static String DatabasePreferences_connected;
	public static String DatabasePreferences_description;
	public static String DatabasePreferences_empty;
	public static String DatabasePreferences_failed;
	public static String DatabasePreferences_notH2;
	public static String DatabasePreferences_other;
	public static String DatabasePreferences_overridden;
	public static String DatabasePreferences_password;
	public static String DatabasePreferences_test;
	public static String DatabasePreferences_testing;
	public static String DatabasePreferences_url;
	public static String DatabasePreferences_workspaceFile;
	public static String GeneralPreferences_chinese;
	public static String GeneralPreferences_description;
	public static String GeneralPreferences_english;
	public static String GeneralPreferences_formats;
	public static String GeneralPreferences_language;
	public static String GeneralPreferences_restart;
	public static String GeneralPreferences_restartHint;
	public static String GeneralPreferences_system;
	public static String GeneralPreferences_zone;
	public static String GeneralPreferences_zoneSample;
	public static String OrganisationPreferences_description;
	public static String OrganisationPreferences_organisation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
