package io.agritrace.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.agritrace.core.csv.RowError;
import io.agritrace.core.text.Localized;

/** A CSV file with bad rows: nothing of it was stored. */
public final class CsvRejectedException extends RuntimeException implements Localized {

	private static final long serialVersionUID = 1L;

	private final transient List<RowError> errors;

	/** @param errors one per bad row; {@link #getMessage()} is them in English, for logs */
	public CsvRejectedException(List<RowError> errors) {
		super(lines(errors, Locale.ENGLISH));
		this.errors = List.copyOf(errors);
	}

	/** One per bad row: its line and what is wrong, a code with its arguments. */
	public List<RowError> errors() {
		return errors;
	}

	/** The bad rows one a line, in the language asked for. */
	@Override
	public String text(Locale language) {
		return lines(errors, language);
	}

	private static String lines(List<RowError> errors, Locale language) {
		return errors.stream().map(e -> e.text(language)).collect(Collectors.joining(System.lineSeparator()));
	}
}
