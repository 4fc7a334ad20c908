package io.agritrace.demo;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.demo.messages"; //$NON-NLS-1$

	public static String Scenario_coldShipment;
	public static String Scenario_inspection;
	public static String Scenario_process;
	public static String Scenario_recall;
	public static String Scenario_register;
	public static String Scenario_reset;
	public static String Scenario_retail;
	public static String Scenario_tamper;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
