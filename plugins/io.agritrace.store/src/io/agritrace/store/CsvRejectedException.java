package io.agritrace.store;

import java.util.List;

/** A CSV file with bad rows: nothing of it was stored. */
public final class CsvRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> errors;

	public CsvRejectedException(List<String> errors) {
		super(String.join(System.lineSeparator(), errors));
		this.errors = List.copyOf(errors);
	}

	/** One line per bad row: its number and what is wrong. */
	public List<String> errors() {
		return errors;
	}
}
