package io.agritrace.core.epcis;

/** The five EPCIS 2.0 event types. */
public enum EventType {
	ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent;

	/** @throws EpcisFormatException when {@code name} is none of them */
	public static EventType of(String path, String name) {
		for (EventType t : values()) {
			if (t.name().equals(name)) {
				return t;
			}
		}
		throw new EpcisFormatException(path, "unknown event type \"" + name + "\""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
