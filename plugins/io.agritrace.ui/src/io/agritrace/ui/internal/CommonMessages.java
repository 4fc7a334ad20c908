package io.agritrace.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts that more than one package of the workbench shows; Simplified Chinese in common_zh.properties. */
public final class CommonMessages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.common"; //$NON-NLS-1$

	public static String BatchEditor_code;
	public static String BatchEditor_gtin;
	public static String BatchEditor_harvest;
	public static String BatchEditor_lot;
	public static String BatchEditor_origin;
	public static String BatchEditor_product;
	public static String BatchEditor_quantity;
	public static String BatchEditor_traceCode;
	public static String Credit_all;
	public static String Credit_prefecture;
	public static String Field_category;
	public static String Field_contact;
	public static String Field_county;
	public static String Field_gln;
	public static String Field_gtin;
	public static String Field_latitude;
	public static String Field_longitude;
	public static String Field_nameEn;
	public static String Field_nameZh;
	public static String Field_operator;
	public static String Field_producer;
	public static String Field_role;
	public static String Field_storageBand;
	public static String Field_unit;
	public static String Field_uscc;
	public static String FindHandler_job;
	public static String Trace_columnDisposition;
	public static String Trace_columnHash;
	public static String Trace_columnLot;
	public static String Trace_columnQuantity;
	public static String Trace_columnStep;
	public static String Trace_columnTime;
	public static String Trace_columnWho;
	public static String Wizard_reading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CommonMessages.class);
	}

	private CommonMessages() {
	}
}
