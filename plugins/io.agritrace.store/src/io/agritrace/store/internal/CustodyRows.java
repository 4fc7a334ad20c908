package io.agritrace.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.CustodyEvent;

/**
 * Core's {@link CustodyChain} of lots, fed from the events' indexed columns
 * rather than their JSON: what {@code HoldingsRepository} and the custody rules
 * read. The trace feeds the same computation from its parsed events, so both
 * give one answer. Its statements stay prepared until it is closed: an import
 * asks of every shipment and receipt.
 */
public final class CustodyRows implements AutoCloseable {

	/** Every GS1 lot (a class-level Digital Link), as the item index finds them. */
	public static final String LOTS = "i.item LIKE 'https://id.gs1.org/01/%/10/%'"; //$NON-NLS-1$

	private static final String SELECT = "SELECT i.item, i.role, i.quantity, i.uom, e.id, e.hash_id, e.event_time, " //$NON-NLS-1$
			+ "e.biz_step, e.disposition, COALESCE(e.biz_location, e.read_point), e.source_party, e.source_location, " //$NON-NLS-1$
			+ "e.dest_party, e.dest_location " + SqlCustodyState.ITEM_EVENTS; //$NON-NLS-1$
	/** A role's rank when an event names a lot in several: what core's {@code CustodyChain.quantity} takes first. */
	private static final List<String> ROLES = List.of("quantity", "output", "input", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"child"); //$NON-NLS-1$

	private final Connection c;
	private final Map<String, PreparedStatement> prepared = new HashMap<>();
	private Map<String, String> operators;

	public CustodyRows(Connection c) {
		this.c = c;
	}

	/**
	 * The custody of the lots an SQL condition on {@code i} and {@code e} selects, in one chain.
	 *
	 * @param where      e.g. {@code i.item = ?}
	 * @param parameters its parameters, in order
	 */
	public CustodyChain read(String where, String... parameters) throws SQLException {
		Map<String, List<CustodyEvent>> events = new LinkedHashMap<>();
		readLots(where, events::put, parameters);
		return CustodyChain.of(events, operators()::get);
	}

	/**
	 * The custody of each lot the condition selects, one lot at a time: every lot
	 * of a store would not fit in one chain.
	 *
	 * @param where e.g. {@link #LOTS}
	 */
	public void eachLot(String where, Consumer<CustodyChain> perLot, String... parameters) throws SQLException {
		Map<String, String> sites = operators();
		readLots(where, (item, lot) -> perLot.accept(CustodyChain.of(Map.of(item, lot), sites::get)), parameters);
	}

	/** Each lot's events in time order, as the rows (ordered by item) come. */
	private void readLots(String where, BiConsumer<String, List<CustodyEvent>> perLot, String... parameters)
			throws SQLException {
		PreparedStatement p = prepared.get(where);
		if (p == null) {
			// Ordered by item only, which the item index gives; each lot's few events are sorted here.
			p = c.prepareStatement(SELECT + "WHERE " + where + " ORDER BY i.item"); //$NON-NLS-1$ //$NON-NLS-2$
			prepared.put(where, p);
		}
		for (int i = 0; i < parameters.length; i++) {
			p.setString(i + 1, parameters[i]);
		}
		String item = null;
		List<Row> rows = new ArrayList<>();
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				String next = r.getString(1);
				if (!next.equals(item) && item != null) {
					perLot.accept(item, events(item, rows));
					rows = new ArrayList<>();
				}
				item = next;
				rows.add(Row.of(r));
			}
		}
		if (item != null) {
			perLot.accept(item, events(item, rows));
		}
	}

	/** Who runs each registered location, read once. */
	private Map<String, String> operators() throws SQLException {
		if (operators == null) {
			operators = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT uri, operator FROM location WHERE operator IS NOT NULL"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					operators.put(r.getString(1), r.getString(2));
				}
			}
		}
		return operators;
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement p : prepared.values()) {
			p.close();
		}
	}

	/** One lot's events in time order, an event's rows for its several roles made one. */
	private static List<CustodyEvent> events(String item, List<Row> rows) {
		rows.sort(Comparator.comparing(Row::time).thenComparingLong(Row::id));
		List<CustodyEvent> events = new ArrayList<>();
		for (int i = 0; i < rows.size();) {
			Row first = rows.get(i);
			Row quantity = null;
			boolean input = false;
			for (; i < rows.size() && rows.get(i).id == first.id; i++) {
				Row row = rows.get(i);
				input |= "input".equals(row.role); //$NON-NLS-1$
				if (row.quantity != null && (quantity == null || rank(row) < rank(quantity))) {
					quantity = row;
				}
			}
			events.add(new CustodyEvent(first.hash, first.time, first.bizStep, first.disposition, first.place,
					first.sourceParty, first.sourceLocation, first.destParty, first.destLocation,
					quantity == null ? null : new QuantityElement(item, plain(quantity.quantity), quantity.uom), input));
		}
		return events;
	}

	private static int rank(Row row) {
		int rank = ROLES.indexOf(row.role);
		return rank < 0 ? ROLES.size() : rank;
	}

	/** 1000 for 1000.000000 (not 1E+3): the column keeps six decimals. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** One row: a lot in one role of one event. */
	private record Row(String role, BigDecimal quantity, String uom, long id, EventHashId hash, Instant time,
			String bizStep, String disposition, String place, String sourceParty, String sourceLocation,
			String destParty, String destLocation) {

		static Row of(ResultSet r) throws SQLException {
			return new Row(r.getString(2), r.getBigDecimal(3), r.getString(4), r.getLong(5),
					EventHashId.ofDigest(r.getBytes(6)), r.getObject(7, OffsetDateTime.class).toInstant(), r.getString(8),
					r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14));
		}
	}
}
