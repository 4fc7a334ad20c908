package io.agritrace.core.model;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.model.messages"; //$NON-NLS-1$

	public static String Batch_badDivision;
	public static String Batch_badLot;
	public static String Batch_harvestInFuture;
	public static String Batch_quantityNotPositive;
	public static String Batch_required;
	public static String Batch_unknownJilinDivision;
	public static String Batch_unknownUnit;
	public static String Certificate_badFormat;
	public static String Certificate_badNumber;
	public static String Certificate_described;
	public static String Certificate_endsBeforeStart;
	public static String Certificate_notCovering;
	public static String Certificate_number;
	public static String Certificate_twice;
	public static String Certification_gi;
	public static String Certification_greenFood;
	public static String Certification_organic;
	public static String Certification_unknown;
	public static String Field_notNumber;
	public static String Gln_badCheckDigit;
	public static String Gln_notDigits;
	public static String Gtin_badCheckDigit;
	public static String Gtin_notDigits;
	public static String Location_halfCoordinates;
	public static String Location_outOfRange;
	public static String Party_badContact;
	public static String Role_carrier;
	public static String Role_coldStore;
	public static String Role_cooperative;
	public static String Role_farm;
	public static String Role_inspector;
	public static String Role_processor;
	public static String Role_regulator;
	public static String Role_retailer;
	public static String Role_unknown;
	public static String Sscc_badCheckDigit;
	public static String Sscc_notDigits;
	public static String StorageBand_atMost;
	public static String StorageBand_between;
	public static String StorageBand_chilled;
	public static String StorageBand_cool;
	public static String StorageBand_frozen;
	public static String StorageBand_lowTemperatureGrain;
	public static String StorageBand_unknown;
	public static String TraceCode_badCheck;
	public static String TraceCode_malformed;
	public static String Uscc_badCheck;
	public static String Uscc_malformed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
