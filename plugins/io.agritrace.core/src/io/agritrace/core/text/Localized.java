package io.agritrace.core.text;

import java.util.Locale;

/**
 * Something that reads differently in each language: a {@link Message}, a
 * name given in Chinese and English, an exception whose text front ends show.
 * As an argument of a message it is rendered in the message's language.
 */
@FunctionalInterface
public interface Localized {

	/** The text in the locale's language: Simplified Chinese for Chinese, else English. */
	String text(Locale language);
}
