package io.agritrace.core.csv;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * A CSV row that cannot be read: its line, kept apart from what is wrong with
 * it so that a screen can show the line in a column of its own.
 *
 * @param problem the field at fault, named in words, and the rule it breaks
 */
public record RowError(int line, Message problem) implements Localized {

	/** "line 3: quantity: …" in the language asked for. */
	@Override
	public String text(Locale language) {
		return Texts.Csv_row.text(language, line, problem);
	}

	/** In English, for logs and test reports. */
	@Override
	public String toString() {
		return text(Locale.ENGLISH);
	}
}
