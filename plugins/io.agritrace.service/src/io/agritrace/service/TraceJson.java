package io.agritrace.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.Trace;

/** A trace as JSON, for scripts ({@code agritrace-cli trace --json}): lineage, events, custody, sensors, warnings. */
final class TraceJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TraceJson() {
	}

	/** The trace as pretty-printed JSON text. */
	static String of(Trace trace) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(trace));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e); // a tree of plain values always writes
		}
	}

	private static ObjectNode json(Trace trace) {
		ObjectNode root = JSON.createObjectNode();
		root.put("item", trace.root()); //$NON-NLS-1$
		edges(root.putArray("upstream"), trace.upstream().edges()); //$NON-NLS-1$
		edges(root.putArray("downstream"), trace.downstream().edges()); //$NON-NLS-1$
		ArrayNode events = root.putArray("events"); //$NON-NLS-1$
		for (EpcisEvent e : trace.all().events()) {
			ObjectNode event = events.addObject();
			event.put("eventHashId", e.hashId().toString()); //$NON-NLS-1$
			event.put("type", e.type().name()); //$NON-NLS-1$
			event.put("eventTime", e.eventTime().atOffset(e.timeZone()).toString()); //$NON-NLS-1$
			event.put("bizStep", e.bizStep()); //$NON-NLS-1$
			event.put("disposition", e.disposition()); //$NON-NLS-1$
			event.put("readPoint", e.readPoint()); //$NON-NLS-1$
			event.put("bizLocation", e.bizLocation()); //$NON-NLS-1$
		}
		ArrayNode custody = root.putArray("custody"); //$NON-NLS-1$
		for (CustodyChain.Stop s : trace.custody().stops()) {
			custody.addObject().put("party", s.party()).put("location", s.location()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("from", s.from().toString()).put("to", s.to() == null ? null : s.to().toString()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("quantity", s.quantity()).put("held", s.held()).put("uom", s.uom()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		ArrayNode sensors = root.putArray("sensors"); //$NON-NLS-1$
		for (SensorReading r : trace.all().sensors()) {
			sensors.addObject().put("time", r.time().toString()).put("type", r.type()).put("value", r.value()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.put("uom", r.uom()).put("location", r.location()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
		trace.warnings().forEach(warnings::add);
		return root;
	}

	private static void edges(ArrayNode array, List<LineageEdge> edges) {
		for (LineageEdge e : edges) {
			array.addObject().put("from", e.from()).put("to", e.to()).put("event", e.event().toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.put("kind", e.kind()); //$NON-NLS-1$
		}
	}
}
