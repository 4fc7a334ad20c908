package io.agritrace.core.epcis.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;

/**
 * The events of an EPCIS document in one of its bindings (JSON-LD or XML),
 * read one at a time and handed over as JSON-LD.
 */
public interface EventList extends AutoCloseable {

	boolean hasNext();

	/** Path of the event {@link #next()} returns next, e.g. {@code epcisBody.eventList[3]}. */
	String nextPath();

	/** @throws io.agritrace.core.epcis.EpcisFormatException where the document breaks its binding */
	Listed next();

	@Override
	void close();

	/** An event as JSON-LD, with the prefixes its names and values use. */
	record Listed(ObjectNode json, EpcisContext context) {
	}
}
