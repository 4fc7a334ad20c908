package io.agritrace.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A text kept as its key and arguments, rendered in the language each reader
 * asks for: what a rule violation, a trace finding, an import problem or a
 * validation error carries, and what the store keeps of them.
 *
 * @param key  the text, whose name is its stable code
 * @param args its arguments: plain values, or {@link Localized} texts (messages
 *             of their own, names in both languages) rendered in the same language
 */
public record Message(MessageKey key, List<Object> args) implements Localized {

	public Message {
		Objects.requireNonNull(key);
		args = Collections.unmodifiableList(new ArrayList<>(args)); // a null argument reads "null", as NLS binds it
	}

	/** The code a program reads, e.g. {@code Rule_notHolder}. */
	public String code() {
		return key.name();
	}

	/** The text in the locale's language. */
	@Override
	public String text(Locale locale) {
		return key.text(locale, args.toArray());
	}

	/**
	 * The same text with each argument that {@code names} knows (a party's, a
	 * place's or a lot's URI) replaced by its name, for people to read; the
	 * code and the other arguments are kept.
	 */
	public Message named(UnaryOperator<String> names) {
		return new Message(key, args.stream().map(a -> a instanceof String s ? names.apply(s)
				: a instanceof Message m ? m.named(names) : a).toList());
	}

	/** The arguments as text in the locale's language: what a stored message keeps beside its code. */
	public List<String> arguments(Locale locale) {
		return Arrays.stream(args.toArray()).map(a -> a instanceof Localized l ? l.text(locale) : String.valueOf(a)).toList();
	}

	@Override
	public String toString() {
		return text(Locale.ENGLISH);
	}
}
