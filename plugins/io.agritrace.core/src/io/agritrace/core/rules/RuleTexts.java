package io.agritrace.core.rules;

import io.agritrace.core.text.MessageKey;

/**
 * The custody rules' texts, in {@code messages.properties} and
 * {@code messages_zh.properties} beside this enum: each constant is the code a
 * {@link RuleViolation} carries, which the store keeps with its arguments; the
 * {@code Field_} ones name an event's field in a rule's text, in words in Chinese.
 */
public enum RuleTexts implements MessageKey {
	Correction_didNotOccurWithCorrective,
	Correction_noCorrective,
	Correction_unchanged,
	Correction_unknownReason,
	Field_childQuantityList,
	Field_inputQuantityList,
	Field_outputQuantityList,
	Field_quantityList,
	Rule_beforeItem,
	Rule_consumed,
	Rule_destroyed,
	Rule_future,
	Rule_inOtherContainer,
	Rule_moreThanHeld,
	Rule_negativeQuantity,
	Rule_notConserved,
	Rule_notMadeBy,
	Rule_notMadeFrom,
	Rule_notHolder,
	Rule_unknownItem,
	Rule_unknownLocation,
	Rule_unknownParty,
	Rule_unknownProduct,
	Rule_wrongDestination;
}
