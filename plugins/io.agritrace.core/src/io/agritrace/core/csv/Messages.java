package io.agritrace.core.csv;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.csv.messages"; //$NON-NLS-1$

	public static String Csv_header;
	public static String Csv_notDate;
	public static String Csv_notNumber;
	public static String Csv_required;
	public static String Csv_row;
	public static String Kde_block;
	public static String Kde_from;
	public static String Kde_hashId;
	public static String Kde_inspection;
	public static String Kde_location;
	public static String Kde_lot;
	public static String Kde_product;
	public static String Kde_quantity;
	public static String Kde_step;
	public static String Kde_time;
	public static String Kde_to;
	public static String Kde_unit;
	public static String Recall_arrived;
	public static String Recall_contact;
	public static String Recall_delivered;
	public static String Recall_held;
	public static String Recall_how;
	public static String Recall_identifier;
	public static String Recall_lot;
	public static String Recall_made;
	public static String Recall_party;
	public static String Recall_place;
	public static String Recall_product;
	public static String Recall_quantity;
	public static String Recall_received;
	public static String SensorCsv_empty;
	public static String SensorCsv_header;
	public static String SensorCsv_notNumber;
	public static String SensorCsv_notTime;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
