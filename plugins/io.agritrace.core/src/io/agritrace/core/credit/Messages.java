package io.agritrace.core.credit;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.credit.messages"; //$NON-NLS-1$

	public static String Formula_cold_chain;
	public static String Formula_completeness;
	public static String Formula_corrections;
	public static String Formula_inspections;
	public static String Formula_integrity;
	public static String Formula_score;
	public static String Formula_timeliness;
	public static String Grade_none;
	public static String Indicator_cold_chain;
	public static String Indicator_completeness;
	public static String Indicator_corrections;
	public static String Indicator_inspections;
	public static String Indicator_integrity;
	public static String Indicator_timeliness;
	public static String Policy_noWeight;
	public static String Policy_outOfRange;
	public static String Stage_inspection;
	public static String Stage_other;
	public static String Stage_processing;
	public static String Stage_production;
	public static String Stage_purchase;
	public static String Stage_retail;
	public static String Stage_storage;
	public static String Stage_transport;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
