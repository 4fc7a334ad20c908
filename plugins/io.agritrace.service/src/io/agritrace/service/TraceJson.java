package io.agritrace.service;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.text.Message;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.Finding;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.Trace;

/**
 * A trace as JSON, for scripts ({@code agritrace-cli trace --json}): lineage,
 * events, custody, sensors, and warnings, each with what it is about, its text
 * in the language asked for, and the codes and arguments of what it says.
 */
final class TraceJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TraceJson() {
	}

	/** The trace as pretty-printed JSON text. */
	static String of(Trace trace, Locale language) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(trace, language));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e); // a tree of plain values always writes
		}
	}

	private static ObjectNode json(Trace trace, Locale language) {
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
			sensors.addObject().put("time", r.time().toString()).put("type", //$NON-NLS-1$ //$NON-NLS-2$
					r.type()).put("value", r.value()) //$NON-NLS-1$
					.put("uom", r.uom()).put("location", r.location()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
		for (Finding f : trace.findings()) {
			ObjectNode warning = warnings.addObject().put("about", f.subject()).put("text", f.text(language)); //$NON-NLS-1$ //$NON-NLS-2$
			ArrayNode messages = warning.putArray("messages"); //$NON-NLS-1$
			for (Message m : f.messages()) {
				ObjectNode message = messages.addObject().put("code", m.code()); //$NON-NLS-1$
				m.arguments(language).forEach(message.putArray("args")::add); //$NON-NLS-1$
			}
		}
		return root;
	}

	private static void edges(ArrayNode array, List<LineageEdge> edges) {
		for (LineageEdge e : edges) {
			array.addObject().put("from", e.from()).put("to", e.to()).put("event", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					e.event().toString())
					.put("kind", e.kind()); //$NON-NLS-1$
		}
	}
}
