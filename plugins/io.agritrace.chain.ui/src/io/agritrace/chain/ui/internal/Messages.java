package io.agritrace.chain.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the chain UI; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.chain.ui.internal.messages"; //$NON-NLS-1$

	public static String AnchoringJob_failed;
	public static String AnchoringJob_lockHeld;
	public static String AnchoringJob_name;
	public static String AnchoringJob_notStarted;
	public static String AnchoringJob_tookOver;
	public static String BatchEditor_verifying;
	public static String ChainMonitor_jobName;
	public static String ChainPreferences_addressRule;
	public static String ChainPreferences_bearerToken;
	public static String ChainPreferences_chainId;
	public static String ChainPreferences_contract;
	public static String ChainPreferences_description;
	public static String ChainPreferences_digitsRule;
	public static String ChainPreferences_gasPrice;
	public static String ChainPreferences_keystore;
	public static String ChainPreferences_managed;
	public static String ChainPreferences_password;
	public static String ChainPreferences_rangeRule;
	public static String ChainPreferences_receiptPoll;
	public static String ChainPreferences_rpcUrl;
	public static String ChainPreferences_rpcUrlRule;
	public static String ChainPreferences_secretKept;
	public static String ChainPreferences_secureStorageFailed;
	public static String ChainPreferences_verifyInterval;
	public static String ChainPreferences_verifyIntervalRule;
	public static String ChainService_reconnecting;
	public static String Handovers_accepting;
	public static String Handovers_awaiting;
	public static String Handovers_batch;
	public static String Handovers_block;
	public static String Handovers_busy;
	public static String Handovers_failed;
	public static String Handovers_from;
	public static String Handovers_noOrganisation;
	public static String Handovers_reading;
	public static String Handovers_reasonRequired;
	public static String Handovers_reasonTooLong;
	public static String Handovers_rejectPrompt;
	public static String Handovers_rejectTitle;
	public static String Handovers_rejected;
	public static String Handovers_rejecting;
	public static String Handovers_state;
	public static String Handovers_summary;
	public static String Handovers_summaryRejected;
	public static String Handovers_to;
	public static String Handovers_unknown;
	public static String Outbox_anchored;
	public static String Outbox_attempts;
	public static String Outbox_batch;
	public static String Outbox_failed;
	public static String Outbox_firstRows;
	public static String Outbox_hashId;
	public static String Outbox_lastError;
	public static String Outbox_loading;
	public static String Outbox_pending;
	public static String Outbox_state;
	public static String Outbox_submitted;
	public static String Outbox_summary;
	public static String Outbox_transaction;
	public static String Outbox_updated;
	public static String Scenario_again;
	public static String Scenario_failed;
	public static String Scenario_heading;
	public static String Scenario_intro;
	public static String Scenario_job;
	public static String Scenario_next;
	public static String Scenario_ready;
	public static String Scenario_shop;
	public static String Scenario_start;
	public static String Scenario_timed;
	public static String Scenario_timedLeft;
	public static String Scenario_working;
	public static String ScheduledVerification_job;
	public static String Secrets_unreadable;
	public static String Status_backlog;
	public static String Status_chainChecking;
	public static String VerifyAllReport_incidents;
	public static String VerifyAllReport_noIncidents;
	public static String VerifyAllReport_title;
	public static String VerifyAll_job;
	public static String VerifyAll_progress;
	public static String Verify_columnBlock;
	public static String Verify_columnHash;
	public static String Verify_columnPlace;
	public static String Verify_columnState;
	public static String Verify_columnStep;
	public static String Verify_columnTime;
	public static String Verify_columnTransaction;
	public static String Verify_columnWho;
	public static String Verify_heldAsOnChain;
	public static String Verify_heldByNoOne;
	public static String Verify_heldSinceSplit;
	public static String Verify_holdersSeparator;
	public static String Verify_holdsAmount;
	public static String Verify_mismatch;
	public static String Verify_noChain;
	public static String Verify_notInDatabase;
	public static String Verify_notOnChain;
	public static String Verify_pending;
	public static String Verify_tab;
	public static String Verify_tabCount;
	public static String Verify_unavailable;
	public static String Verify_verified;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
