package io.agritrace.core.trace;

import io.agritrace.core.text.MessageKey;

/**
 * The texts of trace findings, in {@code messages.properties} and
 * {@code messages_zh.properties} beside this enum: each {@code Findings_}
 * constant is the code a {@link Finding} carries.
 */
enum Texts implements MessageKey {
	Arrival_delivered,
	Arrival_made,
	Arrival_onItsWay,
	Finding_about,
	Findings_corrected,
	Findings_excursion,
	Findings_excursionReading,
	Findings_yield;
}
