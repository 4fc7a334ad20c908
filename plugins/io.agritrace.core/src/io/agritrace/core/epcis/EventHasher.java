package io.agritrace.core.epcis;

import com.fasterxml.jackson.databind.JsonNode;

import io.agritrace.core.epcis.internal.PreHash;

/**
 * Computes GS1 CBV 2.0 Event Hash IDs of EPCIS 2.0 events in JSON-LD: the same
 * ID for the same event whatever its syntax, key order or identifier notation.
 * Conformance: the GS1 reference implementation's test vectors.
 */
public final class EventHasher {

	private EventHasher() {
	}

	/** The canonical pre-hash string of an event object, for auditing and debugging. */
	public static String preHash(JsonNode event, EpcisContext context) {
		return PreHash.of(event, context);
	}

	public static EventHashId hash(JsonNode event, EpcisContext context) {
		return EventHashId.ofPreHash(preHash(event, context));
	}
}
