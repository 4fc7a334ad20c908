package io.agritrace.store;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * A database operation failed; the transaction it belonged to was rolled back.
 * One the store explains itself (a batch registered twice, a database in use)
 * carries its text's code and arguments, read in each caller's language.
 */
public final class StoreException extends RuntimeException implements Localized {

	private static final long serialVersionUID = 1L;

	private final transient Message explained;

	/** A failure the database explains, in its own words. */
	public StoreException(String message, Throwable cause) {
		super(message, cause);
		this.explained = null;
	}

	/** A failure the store explains: {@link #getMessage()} is the text in English, for logs. */
	public StoreException(Message explained, Throwable cause) {
		super(explained.text(Locale.ENGLISH), cause);
		this.explained = explained;
	}

	/** What the store says of the failure in the language asked for; the database's own words where it says nothing. */
	@Override
	public String text(Locale language) {
		return explained == null ? getMessage() : explained.text(language);
	}
}
