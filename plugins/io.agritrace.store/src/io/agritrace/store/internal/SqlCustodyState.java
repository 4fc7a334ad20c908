package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.rules.CustodyState;
import io.agritrace.core.rules.ItemHistory;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.store.StoreException;

/**
 * {@link CustodyState} read from the events stored so far, on the connection
 * of the transaction that is about to insert the next event. Its statements
 * stay prepared until it is closed: an import asks the same questions of every
 * event, and H2's query cache (eight statements) did not keep them all.
 */
public final class SqlCustodyState implements CustodyState, AutoCloseable {

	/**
	 * The items of the events that count, joined as {@code i} and {@code e}:
	 * not those declared erroneous, which corrective events replace.
	 */
	public static final String ITEM_EVENTS = "FROM event_item i JOIN epcis_event e ON e.id = i.event_id " //$NON-NLS-1$
			+ "AND e.error_declaration IS NULL "; //$NON-NLS-1$

	private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.nnnnnnnnnxxx"); //$NON-NLS-1$

	private final Connection c;
	/** What limits the events {@code e} that count here to a moment; empty for all. */
	private final String until;
	/** The events that count here, joined as {@code i} and {@code e}. */
	private final String itemEvents;
	private final Map<String, PreparedStatement> prepared = new HashMap<>();
	private final CustodyRows custody;

	/** The state after every stored event. */
	public SqlCustodyState(Connection c) {
		this(c, ""); //$NON-NLS-1$
	}

	private SqlCustodyState(Connection c, String until) {
		this.c = c;
		this.until = until;
		this.itemEvents = ITEM_EVENTS + until;
		this.custody = new CustodyRows(c);
	}

	/**
	 * The state as it was at a moment: what a corrective event is judged by,
	 * since the events after it came later whatever it says.
	 */
	public static SqlCustodyState asOf(Connection c, Instant moment) {
		// A literal made from an Instant, not from user text.
		String literal = "TIMESTAMP WITH TIME ZONE '" + SQL_TIME.format(moment.atOffset(ZoneOffset.UTC)) + "' "; //$NON-NLS-1$ //$NON-NLS-2$
		return new SqlCustodyState(c, "AND e.event_time <= " + literal); //$NON-NLS-1$
	}

	@Override
	public Optional<ItemHistory> history(String item) {
		return Optional.ofNullable(query("SELECT MIN(e.event_time), " //$NON-NLS-1$
				+ "COALESCE(BOOL_OR(e.disposition = 'destroyed'), FALSE), " //$NON-NLS-1$
				+ "COALESCE(SUM(CASE WHEN i.role = 'output' OR (i.role = 'quantity' AND e.action = 'ADD' " //$NON-NLS-1$
				+ "AND e.event_type = 'ObjectEvent') THEN i.quantity END), 0), " //$NON-NLS-1$
				+ "COALESCE(SUM(CASE WHEN i.role = 'input' THEN i.quantity END), 0) " + itemEvents //$NON-NLS-1$
				+ "WHERE i.item = ?", //$NON-NLS-1$
				item, r -> {
					OffsetDateTime first = r.getObject(1, OffsetDateTime.class);
					return first == null ? null
							: new ItemHistory(first.toInstant(), r.getBoolean(2), r.getBigDecimal(3), r.getBigDecimal(4));
				}));
	}

	@Override
	public CustodyChain custody(String item) {
		try {
			return custody.read("i.item = ? " + until, item); //$NON-NLS-1$
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public Optional<String> container(String item) {
		return Optional.ofNullable(query("SELECT CASE WHEN e.action = 'ADD' THEN (SELECT p.item FROM event_item p " //$NON-NLS-1$
				+ "WHERE " + EventItemKeys.ofEvent("p", "e.id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " AND p.role = 'parent') END " + itemEvents //$NON-NLS-1$
				+ "WHERE i.item = ? AND i.role = 'child' ORDER BY e.event_time DESC LIMIT 1", item, r -> r.getString(1))); //$NON-NLS-1$
	}

	@Override
	public boolean knownParty(String uri) {
		return exists("SELECT 1 FROM party WHERE uri = ?", uri); //$NON-NLS-1$
	}

	@Override
	public boolean knownLocation(String uri) {
		return exists("SELECT 1 FROM location WHERE uri = ?", uri); //$NON-NLS-1$
	}

	@Override
	public boolean knownProduct(String gtin) {
		return exists("SELECT 1 FROM product WHERE gtin = ?", gtin); //$NON-NLS-1$
	}

	@Override
	public Optional<String> category(String gtin) {
		return Optional.ofNullable(query("SELECT category FROM product WHERE gtin = ?", gtin, r -> r.getString(1))); //$NON-NLS-1$
	}

	private boolean exists(String sql, String key) {
		return query(sql, key, r -> Boolean.TRUE) != null;
	}

	private interface Row<T> {
		T read(ResultSet r) throws SQLException;
	}

	/** The first row's value, or null when there is none. */
	private <T> T query(String sql, String parameter, Row<T> row) {
		try {
			PreparedStatement s = statement(sql);
			s.setString(1, parameter);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? row.read(r) : null;
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private PreparedStatement statement(String sql) throws SQLException {
		PreparedStatement s = prepared.get(sql);
		if (s == null) {
			s = c.prepareStatement(sql);
			prepared.put(sql, s);
		}
		return s;
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement s : prepared.values()) {
			s.close();
		}
		custody.close();
	}
}
