package io.agritrace.core.trace;

import io.agritrace.core.epcis.EventHashId;

/**
 * One step of a lineage: {@code from} went into {@code to} through an event
 * (a transformation's input and output, or a child packed into a parent).
 *
 * @param from  upstream identifier
 * @param to    downstream identifier
 * @param event the event that links them
 * @param kind  "transformation" or "aggregation"
 */
public record LineageEdge(String from, String to, EventHashId event, String kind) {

	public static final String TRANSFORMATION = "transformation"; //$NON-NLS-1$
	public static final String AGGREGATION = "aggregation"; //$NON-NLS-1$
}
