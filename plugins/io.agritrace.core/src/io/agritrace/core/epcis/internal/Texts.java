package io.agritrace.core.epcis.internal;

import io.agritrace.core.text.MessageKey;

/**
 * The texts of EPCIS format errors, in {@code messages.properties} and
 * {@code messages_zh.properties} beside this enum: each constant is the code
 * an {@link io.agritrace.core.epcis.EpcisFormatException} carries.
 */
public enum Texts implements MessageKey {
	Format_actionRequired,
	Format_actionValues,
	Format_atLine,
	Format_beforeBody,
	Format_documentType,
	Format_dtdRefused,
	Format_ended,
	Format_expected,
	Format_kindBoolean,
	Format_kindList,
	Format_kindNull,
	Format_kindNumber,
	Format_kindObject,
	Format_kindOther,
	Format_kindText,
	Format_line,
	Format_noEpcisBody,
	Format_noEventList,
	Format_noRoot,
	Format_notDateTime,
	Format_notEventObject,
	Format_notJson,
	Format_notNumber,
	Format_notOffset,
	Format_notWellFormed,
	Format_required,
	Format_schema,
	Format_undeclaredPrefix,
	Format_unknownEventType,
	Format_unreadable,
	Format_xmlNoEventList,
	Format_xmlNotBoolean,
	Format_xmlNotNumber,
	Format_xmlRoot;
}
