package io.agritrace.ui.internal.editors;

import org.eclipse.osgi.util.NLS;

/** Texts of io.agritrace.ui.internal.editors; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.ui.internal.editors.messages"; //$NON-NLS-1$

	public static String BatchEditor_details;
	public static String BatchEditor_pageFailed;
	public static String BatchEditor_producer;
	public static String BatchEditor_tracing;
	public static String BatchEditor_wrongInput;
	public static String Overview_activity;
	public static String Overview_certificate;
	public static String Overview_certificates;
	public static String Overview_claimed;
	public static String Overview_custody;
	public static String Overview_expired;
	public static String Overview_gone;
	public static String Overview_heldAt;
	public static String Overview_holder;
	public static String Overview_inTransit;
	public static String Overview_inTransitTo;
	public static String Overview_noWarnings;
	public static String Overview_none;
	public static String Overview_notCounted;
	public static String Overview_onHand;
	public static String Overview_title;
	public static String Overview_unknownHolder;
	public static String Overview_warningsHeader;
	public static String Provenance_building;
	public static String Provenance_columnDuration;
	public static String Provenance_columnEnd;
	public static String Provenance_columnInputs;
	public static String Provenance_columnOutputs;
	public static String Provenance_columnStart;
	public static String Provenance_columnWhere;
	public static String Provenance_columnWorst;
	public static String Provenance_columnYield;
	public static String Provenance_custodyHint;
	public static String Provenance_impossibleValue;
	public static String Provenance_job;
	public static String Provenance_journeyHint;
	public static String Provenance_lineageHint;
	public static String Provenance_massBalanceHint;
	public static String Provenance_minutes;
	public static String Provenance_noExcursions;
	public static String Provenance_oneReading;
	public static String Provenance_page;
	public static String Provenance_problems;
	public static String Provenance_sensorsHint;
	public static String Provenance_summary;
	public static String Provenance_unknownUnit;
	public static String Recall_altered;
	public static String Recall_columnHeld;
	public static String Recall_columnHolder;
	public static String Recall_columnHow;
	public static String Recall_columnReceived;
	public static String Recall_columnTelephone;
	public static String Recall_drillDone;
	public static String Recall_drillRunning;
	public static String Recall_exportEvents;
	public static String Recall_exportList;
	public static String Recall_fileName;
	public static String Recall_flowJob;
	public static String Recall_summary;
	public static String Trace_anchorFailed;
	public static String Trace_anchorInFlight;
	public static String Trace_anchorPending;
	public static String Trace_anchorUnknown;
	public static String Trace_anchoredIn;
	public static String Trace_columnPlace;
	public static String Trace_corrected;
	public static String Trace_downstream;
	public static String Trace_eventDetails;
	public static String Trace_eventsPage;
	public static String Trace_lineagePage;
	public static String Trace_recallPage;
	public static String Trace_upstream;
	public static String Trace_warnings;
	public static String Trace_warningsCount;
	public static String Welcome_dashboard;
	public static String Welcome_demo;
	public static String Welcome_harvest;
	public static String Welcome_hint;
	public static String Welcome_import;
	public static String Welcome_intro;
	public static String Welcome_organisation;
	public static String Welcome_reading;
	public static String Welcome_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
