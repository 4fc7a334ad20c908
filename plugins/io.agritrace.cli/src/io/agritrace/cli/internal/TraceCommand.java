package io.agritrace.cli.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.trace.CustodySegment;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.MasterDataRepository;
import io.agritrace.store.TraceStore;

/**
 * {@code trace CODE [--json]}: upstream and downstream lineage, the event
 * timeline, custody and sensor readings of a lot, item, Digital Link or trace code.
 */
final class TraceCommand implements CliCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"); //$NON-NLS-1$
	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "trace"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Trace_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of("--json"), Set.of(), 1); //$NON-NLS-1$
		try (TraceStore store = context.openStore()) {
			String item = store.codes().resolve(args.positional(0));
			Trace trace = store.traces().trace(item);
			if (trace.all().events().isEmpty()) {
				context.err().println(NLS.bind(Messages.Trace_unknown, args.positional(0)));
				return CliContext.FAILED;
			}
			if (args.flag("--json")) { //$NON-NLS-1$
				context.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(trace)));
			} else {
				text(trace, store.masterData(), context);
			}
		}
		return CliContext.OK;
	}

	private static void text(Trace trace, MasterDataRepository names, CliContext context) {
		boolean zh = DisplayLanguage.chinese();
		var out = context.out();
		out.println(NLS.bind(Messages.Trace_title, trace.root()));
		out.println(NLS.bind(Messages.Trace_upstream, trace.upstream().items(true).size()));
		for (LineageEdge e : trace.upstream().edges()) {
			out.println("  " + e.to() + "  <-  " + e.from()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println(NLS.bind(Messages.Trace_downstream, trace.downstream().items(false).size()));
		for (LineageEdge e : trace.downstream().edges()) {
			out.println("  " + e.from() + "  ->  " + e.to()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println(NLS.bind(Messages.Trace_timeline, trace.all().events().size()));
		for (EpcisEvent e : trace.all().events()) {
			String where = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
			out.println(String.format("  %s  %-16s %-14s %s  %s", TIME.format(e.eventTime().atOffset(e.timeZone())), //$NON-NLS-1$
					e.bizStep(), e.disposition() == null ? "" : e.disposition(), //$NON-NLS-1$
					where == null ? "" : names.locationName(where, zh), e.hashId())); //$NON-NLS-1$
		}
		out.println(Messages.Trace_custody);
		for (CustodySegment s : trace.own().custody()) {
			out.println(String.format("  %s @ %s  %s .. %s", s.party() == null ? "?" : names.partyName(s.party(), zh), //$NON-NLS-1$ //$NON-NLS-2$
					s.location() == null ? "?" : names.locationName(s.location(), zh), local(s.from()), //$NON-NLS-1$
					s.to() == null ? "" : local(s.to()))); //$NON-NLS-1$
		}
		out.println(Messages.Trace_sensors);
		for (SensorReading r : trace.all().sensors()) {
			out.println(String.format("  %s  %s %s %s  %s", local(r.time()), r.type(), r.value().toPlainString(), //$NON-NLS-1$
					r.uom() == null ? "" : r.uom(), r.location() == null ? "" : names.locationName(r.location(), zh))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String warning : trace.warnings()) {
			out.println(NLS.bind(Messages.Trace_warning, warning));
		}
	}

	/** Custody and sensor times in the machine's zone, as the timeline shows each event's own. */
	private static String local(Instant time) {
		return TIME.format(time.atZone(ZoneId.systemDefault()));
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
		for (CustodySegment s : trace.own().custody()) {
			custody.addObject().put("party", s.party()).put("location", s.location()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("from", s.from().toString()).put("to", s.to() == null ? null : s.to().toString()); //$NON-NLS-1$ //$NON-NLS-2$
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
