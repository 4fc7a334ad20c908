package io.agritrace.core.epcis;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * An EPCIS document or event that does not follow the standard: names the
 * path of the offending value and the rule it breaks, as a code with its
 * arguments (a constant of {@code epcis.internal.Texts}), rendered in the
 * language each reader asks for.
 */
public final class EpcisFormatException extends RuntimeException implements Localized {

	private static final long serialVersionUID = 1L;

	private final transient Localized where;
	private final transient Message reason;

	public EpcisFormatException(String path, Message reason) {
		this(path, reason, null);
	}

	public EpcisFormatException(String path, Message reason, Throwable cause) {
		this(language -> path, reason, cause);
	}

	/** @param where a place said in words, such as a line of an XML document that is not well-formed */
	public EpcisFormatException(Message where, Message reason, Throwable cause) {
		this((Localized) where, reason, cause);
	}

	private EpcisFormatException(Localized where, Message reason, Throwable cause) {
		super(where.text(Locale.ENGLISH) + ": " + reason.text(Locale.ENGLISH), cause); //$NON-NLS-1$
		this.where = where;
		this.reason = reason;
	}

	/**
	 * Path of the offending value: a JSON path such as {@code epcisBody.eventList[3].eventTime};
	 * in an XML document {@code EventList[3].eventTime}, or the line (in English) for XML that is not well-formed.
	 */
	public String path() {
		return where.text(Locale.ENGLISH);
	}

	/** The rule broken: its code and arguments. */
	public Message reason() {
		return reason;
	}

	/** The path and the rule broken, in the language asked for; {@link #getMessage()} is this in English. */
	@Override
	public String text(Locale language) {
		return where.text(language) + ": " + reason.text(language); //$NON-NLS-1$
	}
}
