package io.agritrace.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/** A CSV file with bad rows: nothing of it was stored. */
public final class CsvRejectedException extends RuntimeException implements Localized {

	private static final long serialVersionUID = 1L;

	private final transient List<Message> errors;

	/** @param errors one per bad row; {@link #getMessage()} is them in English, for logs */
	public CsvRejectedException(List<Message> errors) {
		super(lines(errors, Locale.ENGLISH));
		this.errors = List.copyOf(errors);
	}

	/** One per bad row, naming its number and what is wrong: a code with its arguments. */
	public List<Message> errors() {
		return errors;
	}

	/** The bad rows one a line, in the language asked for. */
	@Override
	public String text(Locale language) {
		return lines(errors, language);
	}

	private static String lines(List<Message> errors, Locale language) {
		return errors.stream().map(e -> e.text(language)).collect(Collectors.joining(System.lineSeparator()));
	}
}
