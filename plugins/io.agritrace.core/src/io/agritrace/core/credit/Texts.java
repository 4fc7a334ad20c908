package io.agritrace.core.credit;

import io.agritrace.core.text.MessageKey;

/** The credit texts, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
enum Texts implements MessageKey {
	Formula_cold_chain,
	Formula_completeness,
	Formula_corrections,
	Formula_inspections,
	Formula_integrity,
	Formula_score,
	Formula_timeliness,
	Grade_none,
	Indicator_cold_chain,
	Indicator_completeness,
	Indicator_corrections,
	Indicator_inspections,
	Indicator_integrity,
	Indicator_timeliness,
	Policy_noWeight,
	Policy_outOfRange,
	Stage_inspection,
	Stage_other,
	Stage_processing,
	Stage_production,
	Stage_purchase,
	Stage_retail,
	Stage_storage,
	Stage_transport,
	Value_noInspections,
	Value_noRecords,
	Value_noShipments;
}
