package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.agritrace.core.credit.EventFacts;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.store.StoreException;

/**
 * Writes events' {@link EventFacts} rows, in batches, with the sites and
 * storage bands registered: all of them read once for a page of many events
 * ({@link #forMany}), or each as an event names it for one or two
 * ({@link #forFew}).
 */
public final class FactWriter implements AutoCloseable {

	private static final String SITES = "SELECT uri, division, operator FROM location"; //$NON-NLS-1$
	private static final String PRODUCTS = "SELECT gtin, category, storage_band FROM product"; //$NON-NLS-1$

	private final Connection c;
	private final boolean loadedAll;
	private final PreparedStatement insert;
	/** Sites and products looked up so far; null for an identifier that is not registered. */
	private final Map<String, Location> sites = new HashMap<>();
	private final Map<String, Product> products = new HashMap<>();

	private FactWriter(Connection c, boolean loadAll) throws SQLException {
		this.c = c;
		this.loadedAll = loadAll;
		if (loadAll) {
			try (PreparedStatement p = c.prepareStatement(SITES); ResultSet r = p.executeQuery()) {
				while (r.next()) {
					sites.put(r.getString(1), readSite(r));
				}
			}
			try (PreparedStatement p = c.prepareStatement(PRODUCTS); ResultSet r = p.executeQuery()) {
				while (r.next()) {
					products.put(r.getString(1), readProduct(r));
				}
			}
		}
		// MERGE: the workbench and the CLI may fill the same events at once.
		insert = c.prepareStatement("MERGE INTO event_fact(event_id, event_time, party, stage, gtin, division, " //$NON-NLS-1$
				+ "to_division, kg, missing, delay_minutes, inspection, excursions, excursion_minutes, implausible, " //$NON-NLS-1$
				+ "flagged, corrected) KEY(event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
	}

	/** A writer for a page of events: every site and product is read first. */
	public static FactWriter forMany(Connection c) throws SQLException {
		return new FactWriter(c, true);
	}

	/** A writer for an event or two: only the sites and products they name are read. */
	public static FactWriter forFew(Connection c) throws SQLException {
		return new FactWriter(c, false);
	}

	/**
	 * Queues the facts of the event stored with {@code id}, recorded at
	 * {@code stored} unless it says when, stored with a broken rule or not, and
	 * declared erroneous or not.
	 */
	public void add(long id, EpcisEvent e, Instant stored, boolean flagged, boolean corrected) throws SQLException {
		EventFacts f = EventFacts.of(e, stored, this::site, this::product);
		insert.setLong(1, id);
		insert.setObject(2, e.eventTime().atOffset(e.timeZone()));
		insert.setString(3, f.party());
		insert.setString(4, f.stage().name());
		insert.setString(5, f.gtin());
		insert.setString(6, f.division());
		insert.setString(7, f.toDivision());
		insert.setBigDecimal(8, f.kg());
		insert.setString(9, f.missing().isEmpty() ? null : String.join(",", f.missing())); //$NON-NLS-1$
		insert.setLong(10, f.delay().toMinutes());
		insert.setString(11, f.inspectionPassed() == null ? null : f.inspectionPassed() ? "P" : "F"); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.excursions() == null) {
			insert.setNull(12, Types.INTEGER);
		} else {
			insert.setInt(12, f.excursions());
		}
		insert.setLong(13, f.excursionMinutes());
		insert.setBoolean(14, f.implausibleYield());
		insert.setBoolean(15, flagged);
		insert.setBoolean(16, corrected);
		insert.addBatch();
	}

	public void execute() throws SQLException {
		insert.executeBatch();
	}

	private Location site(String uri) {
		if (!loadedAll && !sites.containsKey(uri)) {
			sites.put(uri, lookUp(SITES + " WHERE uri = ?", uri, FactWriter::readSite)); //$NON-NLS-1$
		}
		return sites.get(uri);
	}

	private Product product(String gtin) {
		if (!loadedAll && !products.containsKey(gtin)) {
			products.put(gtin, lookUp(PRODUCTS + " WHERE gtin = ?", gtin, FactWriter::readProduct)); //$NON-NLS-1$
		}
		return products.get(gtin);
	}

	@FunctionalInterface
	private interface Row<T> {
		T read(ResultSet r) throws SQLException;
	}

	private <T> T lookUp(String sql, String key, Row<T> row) {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			p.setString(1, key);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? row.read(r) : null;
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private static Location readSite(ResultSet r) throws SQLException {
		return new Location(r.getString(1), r.getString(2), null, null, null, null, r.getString(3), false);
	}

	private static Product readProduct(ResultSet r) throws SQLException {
		return new Product(r.getString(1), null, null, r.getString(2), null,
				StorageBand.of("storage_band", "storage_band", r.getString(3)), false); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void close() throws SQLException {
		insert.close();
	}
}
