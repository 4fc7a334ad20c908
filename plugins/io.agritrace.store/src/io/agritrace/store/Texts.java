package io.agritrace.store;

import io.agritrace.core.text.MessageKey;

/** The store's texts, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
enum Texts implements MessageKey {
	Batch_alreadyRegistered,
	Batch_notUnique,
	Batch_twice,
	CodeResolver_unknownTraceCode,
	Correction_alreadyCorrected,
	Correction_notStored,
	FactFiller_notFilled,
	TraceStore_compactInUse;
}
