package io.agritrace.core.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A key of a package's texts: an enum whose constants name the entries of the
 * {@code messages.properties} beside it, with {@code messages_zh.properties}
 * for Simplified Chinese. Headless bundles render their texts through such
 * keys in the locale each caller asks for, so that one process can answer in
 * two languages at once; the enum's constant is the text's stable code.
 */
public interface MessageKey {

	/** The constant's name: the key in the properties, and the code programs read. */
	String name();

	/**
	 * The text in the locale's language (Simplified Chinese for Chinese, else
	 * English), its {0}, {1} … bound to the arguments; arguments that are
	 * {@link Localized} (such as {@link Message}s) are rendered in the same locale.
	 */
	default String text(Locale locale, Object... args) {
		return Catalogue.of(((Enum<?>) this).getDeclaringClass()).text(locale, name(), args);
	}

	/** This text with its arguments, to render later in whatever language is asked. */
	default Message with(Object... args) {
		return new Message(this, Arrays.asList(args));
	}
}
