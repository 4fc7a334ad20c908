package io.agritrace.core.epcis;

/**
 * An EPCIS document or event that does not follow the standard: names the
 * path of the offending value and the rule it breaks.
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

	/**
	 * Path of the offending value: a JSON path such as {@code epcisBody.eventList[3].eventTime};
	 * in an XML document {@code EventList[3].eventTime}, or the line for XML that is not well-formed.
	 */
	public String path() {
		return path;
	}
}
