package io.agritrace.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line; Simplified Chinese in messages_zh.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.cli.internal.messages"; //$NON-NLS-1$

	public static String ChainCommand_actions;
	public static String ChainCommand_notRunning;
	public static String ChainCommand_started;
	public static String ChainCommand_stopped;
	public static String ChainCommand_summary;
	public static String ChainCommand_tookOver;
	public static String Chain_contractRequired;
	public static String Chain_failed;
	public static String Chain_keyRequired;
	public static String Chain_passwordRequired;
	public static String Cli_failed;
	public static String Cli_notANumber;
	public static String Cli_optionNeedsValue;
	public static String Cli_unknownCommand;
	public static String Cli_unknownOption;
	public static String Cli_usage;
	public static String Cli_wrongArity;
	public static String Compact_done;
	public static String Compact_summary;
	public static String Correct_notHashId;
	public static String Correct_notStored;
	public static String Correct_summary;
	public static String Credit_summary;
	public static String Credit_title;
	public static String Credit_unknownParty;
	public static String Credit_weight;
	public static String Deactivate_summary;
	public static String Delete_summary;
	public static String Deploy_granted;
	public static String Deploy_organisationRequired;
	public static String Deploy_summary;
	public static String Edit_fields;
	public static String Edit_nothing;
	public static String Edit_summary;
	public static String Export_summary;
	public static String Generate_done;
	public static String Generate_summary;
	public static String Hash_summary;
	public static String History_summary;
	public static String Import_csvDone;
	public static String Import_csvRejected;
	public static String Import_done;
	public static String Import_summary;
	public static String Import_warning;
	public static String Keystore_actions;
	public static String Keystore_passwordRule;
	public static String Keystore_summary;
	public static String List_summary;
	public static String Lot_choice;
	public static String Lot_readAs;
	public static String Lot_several;
	public static String MasterData_kinds;
	public static String MasterData_unknown;
	public static String Publish_custody;
	public static String Publish_done;
	public static String Publish_interrupted;
	public static String Publish_lockHeld;
	public static String Publish_noOrganisation;
	public static String Publish_reconciled;
	public static String Publish_summary;
	public static String Publish_verified;
	public static String Publish_waiting;
	public static String Reactivate_summary;
	public static String Recall_drillLogged;
	public static String Recall_drillNeedsCsv;
	public static String Recall_summary;
	public static String Recall_title;
	public static String Recall_written;
	public static String Reconcile_done;
	public static String Reconcile_summary;
	public static String Record_duplicate;
	public static String Record_summary;
	public static String Register_fields;
	public static String Register_kinds;
	public static String Register_summary;
	public static String Scenario_done;
	public static String Scenario_failed;
	public static String Scenario_step;
	public static String Scenario_summary;
	public static String Stats_summary;
	public static String Trace_custody;
	public static String Trace_downstream;
	public static String Trace_held;
	public static String Trace_sensors;
	public static String Trace_summary;
	public static String Trace_timeline;
	public static String Trace_title;
	public static String Trace_unknown;
	public static String Trace_upstream;
	public static String Trace_warning;
	public static String Verify_summary;
	public static String Version_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
