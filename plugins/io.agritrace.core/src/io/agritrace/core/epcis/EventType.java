package io.agritrace.core.epcis;

import io.agritrace.core.epcis.internal.Texts;

/** The five EPCIS 2.0 event types. */
public enum EventType {
	ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent;

	/**
	 * @param eventPath JSON path of the event, for the error
	 * @throws EpcisFormatException when {@code name} is none of them
	 */
	public static EventType of(String eventPath, String name) {
		for (EventType t : values()) {
			if (t.name().equals(name)) {
				return t;
			}
		}
		throw new EpcisFormatException(eventPath + ".type", Texts.Format_unknownEventType.with(name)); //$NON-NLS-1$
	}
}
