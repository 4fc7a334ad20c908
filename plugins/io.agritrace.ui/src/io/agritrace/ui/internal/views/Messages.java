package io.agritrace.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.views; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.views.messages"; //$NON-NLS-1$

	public static String BatchNavigator_anchored;
	public static String BatchNavigator_awaitingAnchor;
	public static String BatchNavigator_byCategory;
	public static String BatchNavigator_byCounty;
	public static String BatchNavigator_byHolder;
	public static String BatchNavigator_columnHarvest;
	public static String BatchNavigator_columnLot;
	public static String BatchNavigator_columnOrigin;
	public static String BatchNavigator_columnProduct;
	public static String BatchNavigator_columnQuantity;
	public static String BatchNavigator_columnTraceCode;
	public static String BatchNavigator_emptyHint;
	public static String BatchNavigator_emptyTitle;
	public static String BatchNavigator_filter;
	public static String BatchNavigator_filterHint;
	public static String BatchNavigator_group;
	public static String BatchNavigator_groupBy;
	public static String BatchNavigator_linkWithEditor;
	public static String BatchNavigator_loadDemo;
	public static String BatchNavigator_loading;
	public static String BatchNavigator_mismatch;
	public static String BatchNavigator_registerOrganisation;
	public static String BatchNavigator_startHint;
	public static String BatchNavigator_verified;
	public static String BatchNavigator_warnings;
	public static String Credit_columnCounted;
	public static String Credit_columnCounty;
	public static String Credit_columnDetail;
	public static String Credit_columnFormula;
	public static String Credit_columnGrade;
	public static String Credit_columnIndicator;
	public static String Credit_columnParty;
	public static String Credit_columnRank;
	public static String Credit_columnRole;
	public static String Credit_columnScore;
	public static String Credit_columnStage;
	public static String Credit_columnValue;
	public static String Credit_columnVerified;
	public static String Credit_columnWeight;
	public static String Credit_heading;
	public static String Credit_headingUngraded;
	public static String Credit_reading;
	public static String Credit_records;
	public static String Credit_role;
	public static String Drills_columnDuration;
	public static String Drills_columnFinished;
	public static String Drills_columnHeld;
	public static String Drills_columnHolders;
	public static String Drills_columnLot;
	public static String Drills_columnRecipients;
	public static String Drills_reading;
	public static String MasterData_columnAfter;
	public static String MasterData_columnBefore;
	public static String MasterData_columnChange;
	public static String MasterData_columnWhen;
	public static String MasterData_columnWho;
	public static String MasterData_deactivate;
	public static String MasterData_deactivated;
	public static String MasterData_registered;
	public static String MasterData_delete;
	public static String MasterData_deleteConfirm;
	public static String MasterData_deleteTitle;
	public static String MasterData_deleted;
	public static String MasterData_edit;
	public static String MasterData_history;
	public static String MasterData_historyTitle;
	public static String MasterData_imported;
	public static String MasterData_inactive;
	public static String MasterData_locations;
	public static String MasterData_noCounty;
	public static String MasterData_noHistory;
	public static String MasterData_parties;
	public static String MasterData_products;
	public static String MasterData_reactivate;
	public static String MasterData_reactivated;
	public static String MasterData_reading;
	public static String MasterData_showInactive;
	public static String MasterData_showInactiveTooltip;
	public static String TraceView_history;
	public static String TraceView_prompt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
