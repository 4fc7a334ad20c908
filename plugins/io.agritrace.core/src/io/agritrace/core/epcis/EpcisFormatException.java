package io.agritrace.core.epcis;

/**
 * An EPCIS document or event that does not follow the standard: names the
 * JSON path of the offending value and the rule it breaks.
 */
public final class EpcisFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String path;

	public EpcisFormatException(String path, String reason) {
		super(path + ": " + reason); //$NON-NLS-1$
		this.path = path;
	}

	public EpcisFormatException(String path, String reason, Throwable cause) {
		super(path + ": " + reason, cause); //$NON-NLS-1$
		this.path = path;
	}

	/** JSON path of the offending value, e.g. {@code epcisBody.eventList[3].eventTime}. */
	public String path() {
		return path;
	}
}
