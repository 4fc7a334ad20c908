package io.agritrace.core.trace;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * Something wrong that a trace or an import finds, about one event or one lot,
 * with codes a program can read: the custody rules an imported event breaks
 * ({@code RuleTexts}), an event declared erroneous, a temperature excursion or
 * an implausible yield ({@link TraceFindings}).
 *
 * @param subject  what it is about: the event's hash ID, or the lot's number
 * @param messages what is wrong, each a code with its arguments: one, or every
 *                 rule an event breaks
 */
public record Finding(String subject, List<Message> messages) implements Localized {

	public Finding {
		messages = List.copyOf(messages);
	}

	/** "subject: what is wrong", in the language asked for; several messages one after another. */
	@Override
	public String text(Locale language) {
		return Texts.Finding_about.text(language, subject,
				messages.stream().map(m -> m.text(language)).collect(Collectors.joining(" "))); //$NON-NLS-1$
	}

	/** The finding with the parties, places and lots its messages quote named for people ({@link Message#named}). */
	public Finding named(UnaryOperator<String> names) {
		return new Finding(subject, messages.stream().map(m -> m.named(names)).toList());
	}

	/** The finding in English, for logs. */
	@Override
	public String toString() {
		return text(Locale.ENGLISH);
	}
}
