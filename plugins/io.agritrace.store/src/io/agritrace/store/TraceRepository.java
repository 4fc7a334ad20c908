package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.trace.Finding;
import io.agritrace.core.trace.Lineage;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Timeline;
import io.agritrace.core.trace.Trace;
import io.agritrace.core.trace.TraceFindings;
import io.agritrace.store.internal.EventItemKeys;
import io.agritrace.store.internal.Transactions;

/**
 * Traces, lineages and recalls. Each level of a lineage is one indexed query for
 * all identifiers found at the level before, so a trace costs a query per level,
 * not per event, whatever the size of the store.
 */
public final class TraceRepository {

	/** Deeper than any real chain; stops a cycle in bad data. */
	private static final int MAX_LEVELS = 64;
	private static final int IN_CHUNK = 500;

	// Events declared erroneous stay in the timeline, marked, but link no lots: a corrective event links them anew.
	private static final String DOWNSTREAM = "SELECT a.item, b.item, e.hash_id, e.event_type FROM event_item a " //$NON-NLS-1$
			+ "JOIN event_item b ON " + EventItemKeys.ofEvent("b", "a.event_id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ " JOIN epcis_event e ON e.id = a.event_id " //$NON-NLS-1$
			+ "WHERE a.item IN (%s) AND e.error_declaration IS NULL AND ((a.role = 'input' AND b.role = 'output') " //$NON-NLS-1$
			+ "OR (a.role = 'child' AND b.role = 'parent' AND e.action = 'ADD'))"; //$NON-NLS-1$
	private static final String UPSTREAM = "SELECT a.item, b.item, e.hash_id, e.event_type FROM event_item a " //$NON-NLS-1$
			+ "JOIN event_item b ON " + EventItemKeys.ofEvent("b", "a.event_id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ " JOIN epcis_event e ON e.id = a.event_id " //$NON-NLS-1$
			+ "WHERE a.item IN (%s) AND e.error_declaration IS NULL AND ((a.role = 'output' AND b.role = 'input') " //$NON-NLS-1$
			+ "OR (a.role = 'parent' AND b.role = 'child' AND e.action = 'ADD'))"; //$NON-NLS-1$

	private final Transactions transactions;
	private final EventRepository events;
	private final MasterDataRepository masterData;
	/** Its zone is the workspace's, in which findings write times. */
	private final Clock clock;

	TraceRepository(Transactions transactions, EventRepository events, MasterDataRepository masterData, Clock clock) {
		this.transactions = transactions;
		this.events = events;
		this.masterData = masterData;
		this.clock = clock;
	}

	/** The full trace of an identifier (canonical form), with its findings. */
	public Trace trace(String item) {
		List<Finding> findings = new ArrayList<>();
		Trace read = read(item, lineage(item, true), lineage(item, false), findings);
		findings.addAll(findings(read));
		return new Trace(item, read.upstream(), read.downstream(), read.own(), read.all(), List.copyOf(findings),
				read.corrected(), read.operators());
	}

	/** The recall of a lot: its trace forward only, for a recall needs nothing upstream. */
	public RecallImpact recall(String item) {
		return RecallImpact.of(read(item, new Lineage(item, List.of()), lineage(item, false), new ArrayList<>()));
	}

	/** The events of the item and of its lineages; rule warnings and corrections are added to {@code findings}. */
	private Trace read(String item, Lineage upstream, Lineage downstream, List<Finding> findings) {
		Set<String> items = new LinkedHashSet<>();
		items.add(item);
		items.addAll(upstream.items(true));
		items.addAll(downstream.items(false));
		List<StoredEvent> stored = events.forItems(items);
		Map<EventHashId, String> corrected = new HashMap<>();
		for (StoredEvent s : stored) {
			if (!s.warnings().isEmpty()) {
				findings.add(new Finding(s.event().hashId().toString(), s.warnings()));
			}
			if (s.errorDeclaration() != null) {
				JsonNode declaration = declaration(s.errorDeclaration());
				String reason = declaration.path("reason").asText(); //$NON-NLS-1$
				corrected.put(s.event().hashId(), reason);
				findings.add(TraceFindings.corrected(s.event().hashId(), reason,
						declaration.path("correctiveEventIDs").path(0).asText("-"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		List<EpcisEvent> all = stored.stream().map(StoredEvent::event).toList();
		Timeline own = new Timeline(all.stream().filter(e -> e.mentions(item)).toList());
		return new Trace(item, upstream, downstream, own, new Timeline(all), List.copyOf(findings), corrected,
				operators());
	}

	/** Who runs each registered location: the holder there where events name none. */
	private Map<String, String> operators() {
		Map<String, String> operators = new HashMap<>();
		masterData.locations().stream().filter(l -> l.operator() != null).forEach(l -> operators.put(l.uri(), l.operator()));
		return operators;
	}

	/** Cold-chain excursions and implausible yields, naming places in whichever language they are read. */
	private List<Finding> findings(Trace trace) {
		Map<String, Product> catalogue = new HashMap<>();
		masterData.products().forEach(p -> catalogue.put(p.gtin(), p));
		Map<String, Location> places = new HashMap<>();
		masterData.locations().forEach(l -> places.put(l.uri(), l));
		return TraceFindings.of(trace, clock.getZone(), gtin -> Optional.ofNullable(catalogue.get(gtin)), id -> language -> Optional
				.ofNullable(places.get(id)).map(l -> l.name(language)).orElse(id));
	}

	private static JsonNode declaration(String json) {
		try {
			return EventRepository.JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/** Lineage breadth first, one query per level. */
	public Lineage lineage(String root, boolean upstream) {
		return transactions.call(c -> {
			List<LineageEdge> edges = new ArrayList<>();
			Set<String> visited = new HashSet<>(Set.of(root));
			Set<String> level = Set.of(root);
			for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
				Set<String> next = new LinkedHashSet<>();
				for (List<String> chunk : chunks(level)) {
					step(c, upstream, chunk, edges, visited, next);
				}
				level = next;
			}
			return new Lineage(root, List.copyOf(edges));
		});
	}

	private static void step(Connection c, boolean upstream, List<String> items, List<LineageEdge> edges,
			Set<String> visited, Set<String> next) throws SQLException {
		String sql = String.format(upstream ? UPSTREAM : DOWNSTREAM, placeholders(items.size()));
		try (PreparedStatement p = c.prepareStatement(sql)) {
			bind(p, items);
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					String from = r.getString(1);
					String to = r.getString(2);
					String kind = "AggregationEvent".equals(r.getString(4)) ? LineageEdge.AGGREGATION //$NON-NLS-1$
							: LineageEdge.TRANSFORMATION;
					EventHashId event = EventHashId.ofDigest(r.getBytes(3));
					edges.add(upstream ? new LineageEdge(to, from, event, kind) : new LineageEdge(from, to, event, kind));
					if (visited.add(to)) {
						next.add(to);
					}
				}
			}
		}
	}

	private static List<List<String>> chunks(Collection<String> items) {
		List<String> all = new ArrayList<>(items);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += IN_CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
		}
		return chunks;
	}

	private static String placeholders(int count) {
		return String.join(",", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void bind(PreparedStatement p, List<String> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			p.setString(i + 1, values.get(i));
		}
	}
}
