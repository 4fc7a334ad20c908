package io.agritrace.demo;

import io.agritrace.core.text.MessageKey;

/** The demo's texts, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
enum Texts implements MessageKey {
	Scenario_coldShipment,
	Scenario_inspection,
	Scenario_process,
	Scenario_recall,
	Scenario_register,
	Scenario_reset,
	Scenario_retail,
	Scenario_tamper;
}
