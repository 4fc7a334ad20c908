package io.agritrace.charts.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the charts; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.charts.internal.messages"; //$NON-NLS-1$

	public static String CountyMap_legend;
	public static String CountyMap_title;
	public static String CountyMap_tooltip;
	public static String CreditTrendChart_month;
	public static String CreditTrendChart_score;
	public static String CreditTrendChart_thresholds;
	public static String CreditTrendChart_title;
	public static String CustodyGantt_held;
	public static String CustodyGantt_inTransit;
	public static String CustodyGantt_legend;
	public static String CustodyGantt_title;
	public static String Dashboard_anchored;
	public static String Dashboard_events;
	public static String Dashboard_perDayTitle;
	public static String Dashboard_rankingTitle;
	public static String Dashboard_recorded;
	public static String Dashboard_tonnes;
	public static String EventsPerDayChart_day;
	public static String EventsPerDayChart_events;
	public static String EventsPerDayChart_title;
	public static String JourneyMap_title;
	public static String MassBalanceChart_implausible;
	public static String MassBalanceChart_inputs;
	public static String MassBalanceChart_kg;
	public static String MassBalanceChart_notMass;
	public static String MassBalanceChart_outputs;
	public static String MassBalanceChart_title;
	public static String MassBalanceChart_typical;
	public static String MassBalanceChart_yield;
	public static String SensorChart_celsius;
	public static String SensorChart_excursions;
	public static String SensorChart_fraction;
	public static String SensorChart_humidity;
	public static String SensorChart_noBand;
	public static String SensorChart_noReadings;
	public static String SensorChart_relativeHumidity;
	public static String SensorChart_series;
	public static String SensorChart_seriesConverted;
	public static String SensorChart_temperature;
	public static String SensorChart_time;
	public static String SensorChart_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
