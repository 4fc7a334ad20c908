package io.agritrace.chain;

/** A chain node refused or failed a request; the message says why. */
public final class ChainException extends Exception {

	private static final long serialVersionUID = 1L;

	public ChainException(String message, Throwable cause) {
		super(message, cause);
	}

	public ChainException(String message) {
		super(message);
	}
}
