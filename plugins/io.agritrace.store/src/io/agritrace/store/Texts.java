package io.agritrace.store;

import io.agritrace.core.text.MessageKey;

/** The store's texts, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
enum Texts implements MessageKey {
	Batch_alreadyRegistered,
	Batch_notUnique,
	Batch_twice,
	CodeKind_digitalLink,
	CodeKind_epcUri,
	CodeKind_gtinAndLot,
	CodeKind_lotNumber,
	CodeKind_traceCode,
	CodeResolver_ambiguous,
	CodeResolver_badEpcUri,
	CodeResolver_field,
	CodeResolver_unknown,
	CodeResolver_unknownTraceCode,
	Correction_alreadyCorrected,
	Correction_notStored,
	FactFiller_notFilled,
	MasterData_referenced,
	MasterData_unknown,
	TraceStore_compactInUse;
}
