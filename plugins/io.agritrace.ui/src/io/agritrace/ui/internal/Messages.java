package io.agritrace.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the AgriTrace UI; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.messages"; //$NON-NLS-1$

	public static String BatchEditor_certifications;
	public static String BatchEditor_chartDay;
	public static String BatchEditor_chartEvents;
	public static String BatchEditor_chartTitle;
	public static String BatchEditor_code;
	public static String BatchEditor_details;
	public static String BatchEditor_gtin;
	public static String BatchEditor_harvest;
	public static String BatchEditor_loading;
	public static String BatchEditor_lot;
	public static String BatchEditor_origin;
	public static String BatchEditor_product;
	public static String BatchEditor_quantity;
	public static String BatchEditor_tabFailed;
	public static String BatchEditor_traceCode;
	public static String BatchEditor_tracing;
	public static String BatchEditor_wrongInput;
	public static String BatchNavigator_columnHarvest;
	public static String BatchNavigator_columnLot;
	public static String BatchNavigator_columnOrigin;
	public static String BatchNavigator_columnProduct;
	public static String BatchNavigator_columnQuantity;
	public static String BatchNavigator_columnTraceCode;
	public static String BatchNavigator_emptyHint;
	public static String BatchNavigator_emptyTitle;
	public static String BatchNavigator_loadDemo;
	public static String BatchNavigator_loading;
	public static String Disposition_active;
	public static String Disposition_conformant;
	public static String Disposition_inProgress;
	public static String Disposition_inTransit;
	public static String Disposition_nonConformant;
	public static String Disposition_retailSold;
	public static String ExportHandler_title;
	public static String ExportJob_done;
	public static String ExportJob_failed;
	public static String ExportJob_name;
	public static String Field_category;
	public static String Field_county;
	public static String Field_digitalLink;
	public static String Field_gln;
	public static String Field_glnOptional;
	public static String Field_gtin;
	public static String Field_harvestDate;
	public static String Field_latitude;
	public static String Field_longitude;
	public static String Field_lot;
	public static String Field_nameEn;
	public static String Field_nameZh;
	public static String Field_plot;
	public static String Field_product;
	public static String Field_quantity;
	public static String Field_role;
	public static String Field_traceCode;
	public static String Field_unit;
	public static String Field_uscc;
	public static String FindHandler_job;
	public static String FindHandler_notFound;
	public static String FindHandler_prompt;
	public static String FindHandler_title;
	public static String HarvestWizard_description;
	public static String HarvestWizard_lotTaken;
	public static String HarvestWizard_registerFirst;
	public static String HarvestWizard_title;
	public static String ImportHandler_title;
	public static String ImportJob_done;
	public static String ImportJob_failed;
	public static String ImportJob_name;
	public static String LoadDemoDataJob_failed;
	public static String LoadDemoDataJob_name;
	public static String LocationWizard_description;
	public static String LocationWizard_title;
	public static String PartyWizard_description;
	public static String PartyWizard_title;
	public static String ProductWizard_description;
	public static String ProductWizard_title;
	public static String Status_database;
	public static String Step_commissioning;
	public static String Step_cutting;
	public static String Step_drying;
	public static String Step_harvesting;
	public static String Step_inspecting;
	public static String Step_killing;
	public static String Step_milling;
	public static String Step_packing;
	public static String Step_receiving;
	public static String Step_retailSelling;
	public static String Step_shipping;
	public static String Step_storing;
	public static String Trace_columnDisposition;
	public static String Trace_columnHash;
	public static String Trace_columnLot;
	public static String Trace_columnParty;
	public static String Trace_columnPlace;
	public static String Trace_columnQuantity;
	public static String Trace_columnStep;
	public static String Trace_columnTime;
	public static String Trace_columnWarning;
	public static String Trace_downstream;
	public static String Trace_lineageTab;
	public static String Trace_recallTab;
	public static String Trace_timelineTab;
	public static String Trace_upstream;
	public static String Trace_warningsCount;
	public static String Trace_warningsTab;
	public static String Unit_GRM;
	public static String Unit_H87;
	public static String Unit_KGM;
	public static String Unit_LTR;
	public static String Unit_TNE;
	public static String Window_title;
	public static String Wizard_choose;
	public static String Wizard_none;
	public static String Wizard_reading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
