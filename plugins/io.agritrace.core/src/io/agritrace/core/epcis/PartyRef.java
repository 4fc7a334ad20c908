package io.agritrace.core.epcis;

/**
 * A source or destination of an event (CBV 2.0 §7.4): who owns or possesses
 * the goods, or which location they come from or go to.
 *
 * @param type CBV source/destination type, e.g. {@code possessing_party}
 * @param id   canonical identifier of the party or location
 */
public record PartyRef(String type, String id) {

	public static final String OWNING_PARTY = "owning_party"; //$NON-NLS-1$
	public static final String POSSESSING_PARTY = "possessing_party"; //$NON-NLS-1$
	public static final String LOCATION = "location"; //$NON-NLS-1$
}
