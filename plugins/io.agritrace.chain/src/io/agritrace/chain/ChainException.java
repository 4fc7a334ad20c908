package io.agritrace.chain;

/** A chain node refused or failed a request; the message says why. */
public final class ChainException extends Exception {

	private static final long serialVersionUID = 1L;
	private final boolean rejection;

	public ChainException(String message, Throwable cause) {
		super(message, cause);
		this.rejection = false;
	}

	public ChainException(String message) {
		this(message, false);
	}

	private ChainException(String message, boolean rejection) {
		super(message);
		this.rejection = rejection;
	}

	/** The node answered and refused the transaction (nonce, gas, funds, size): the reason is the node's. */
	public static ChainException rejected(String reason) {
		return new ChainException(reason, true);
	}

	/** True when the node refused this transaction; false when it could not be asked (down, unreachable). */
	public boolean isRejection() {
		return rejection;
	}
}
