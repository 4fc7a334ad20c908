package io.agritrace.core.model;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * A value broke a rule. Carries the field, the offending value and the rule
 * (its code and arguments) so that every caller (wizard, CLI, import) can say
 * exactly what is wrong, in its own language.
 */
public final class ValidationException extends IllegalArgumentException implements Localized {

	private static final long serialVersionUID = 1L;

	private final String field;
	private final String value;
	private final transient Message message;

	/** @param message the rule, naming field and value; {@link #getMessage()} is it in English, for logs */
	public ValidationException(String field, String value, Message message) {
		super(message.text(Locale.ENGLISH));
		this.field = field;
		this.value = value;
		this.message = message;
	}

	public String field() {
		return field;
	}

	public String value() {
		return value;
	}

	/** The rule's code and arguments. */
	public Message message() {
		return message;
	}

	/** The rule in the language asked for, naming field and value. */
	public String rule(Locale language) {
		return message.text(language);
	}

	/** As every {@link Localized} exception: its {@link #rule(Locale)}. */
	@Override
	public String text(Locale language) {
		return rule(language);
	}
}
