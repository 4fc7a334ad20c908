package io.agritrace.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.agritrace.core.text.Message;

/**
 * A custody rule an event breaks.
 *
 * @param field   the event field at fault, e.g. {@code sourceList}
 * @param value   the value at fault
 * @param message what the rule says, naming field and value: its code (a
 *                {@link RuleTexts} constant, or the store's own for rules that
 *                need the store) and arguments
 */
public record RuleViolation(String field, String value, Message message) {

	/** What the rule says, in the language asked for. */
	public String rule(Locale language) {
		return message.text(language);
	}

	/** The violation with the parties, places and lots it quotes named for people ({@link Message#named}). */
	public RuleViolation named(UnaryOperator<String> names) {
		return new RuleViolation(field, value, message.named(names));
	}

	/** The rules of several violations as one sentence after another. */
	public static String describe(List<RuleViolation> violations, Locale language) {
		return violations.stream().map(v -> v.rule(language)).collect(Collectors.joining(" ")); //$NON-NLS-1$
	}

	/** The rule in English, for logs. */
	@Override
	public String toString() {
		return rule(Locale.ENGLISH);
	}
}
