package io.agritrace.core.csv;

import io.agritrace.core.text.MessageKey;

/** The texts of CSV files, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
enum Texts implements MessageKey {
	Csv_header,
	Csv_notDate,
	Csv_notNumber,
	Csv_required,
	Csv_row,
	EventsCsv_quantity,
	EventsCsv_step,
	EventsCsv_time,
	Kde_block,
	Kde_from,
	Kde_hashId,
	Kde_inspection,
	Kde_location,
	Kde_lot,
	Kde_product,
	Kde_quantity,
	Kde_step,
	Kde_time,
	Kde_to,
	Kde_unit,
	Recall_arrived,
	Recall_contact,
	Recall_held,
	Recall_how,
	Recall_identifier,
	Recall_lot,
	Recall_party,
	Recall_place,
	Recall_product,
	Recall_quantity,
	Recall_received,
	SensorCsv_empty,
	SensorCsv_header,
	SensorCsv_notNumber,
	SensorCsv_notTime;
}
