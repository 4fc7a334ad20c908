package io.agritrace.store;

/** A database operation failed; the transaction it belonged to was rolled back. */
public final class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
