package io.agritrace.chain;

import java.util.Locale;

import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;

/**
 * A chain node refused or failed a request; the message says why: in the
 * node's or a library's words, or as a text of ours read in each caller's
 * language.
 */
public final class ChainException extends Exception implements Localized {

	private static final long serialVersionUID = 1L;
	private final boolean rejection;
	private final transient Message explained;

	public ChainException(String message, Throwable cause) {
		super(message, cause);
		this.rejection = false;
		this.explained = null;
	}

	/** A failure we explain: {@link #getMessage()} is the text in English, for logs. */
	public ChainException(Message explained) {
		super(explained.text(Locale.ENGLISH));
		this.rejection = false;
		this.explained = explained;
	}

	public ChainException(String message) {
		this(message, false);
	}

	private ChainException(String message, boolean rejection) {
		super(message);
		this.rejection = rejection;
		this.explained = null;
	}

	/** The node answered and refused the transaction (nonce, gas, funds, size): the reason is the node's. */
	public static ChainException rejected(String reason) {
		return new ChainException(reason, true);
	}

	/** True when the node refused this transaction; false when it could not be asked (down, unreachable). */
	public boolean isRejection() {
		return rejection;
	}

	/** Our explanation in the language asked for; the node's or the library's own words where we give none. */
	@Override
	public String text(Locale language) {
		return explained == null ? getMessage() : explained.text(language);
	}
}
