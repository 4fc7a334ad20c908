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

/**
 * Writes events' {@link EventFacts} rows, in batches, with the sites and
 * storage bands registered when the writer was made.
 */
public final class FactWriter implements AutoCloseable {

	private final PreparedStatement insert;
	private final Map<String, Location> sites = new HashMap<>();
	private final Map<String, Product> products = new HashMap<>();

	public FactWriter(Connection c) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT uri, division, operator FROM location"); //$NON-NLS-1$
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				sites.put(r.getString(1), new Location(r.getString(1), r.getString(2), null, null, null, null,
						r.getString(3), false));
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT gtin, category, storage_band FROM product"); //$NON-NLS-1$
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				products.put(r.getString(1), new Product(r.getString(1), null, null, r.getString(2), null,
						StorageBand.of("storage_band", "storage_band", r.getString(3)), false)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		// MERGE: the workbench and the CLI may fill the same events at once.
		insert = c.prepareStatement("MERGE INTO event_fact(event_id, event_time, party, stage, gtin, division, " //$NON-NLS-1$
				+ "to_division, kg, missing, delay_minutes, inspection, excursions, excursion_minutes, implausible, " //$NON-NLS-1$
				+ "flagged, corrected) KEY(event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
	}

	/**
	 * Queues the facts of the event stored with {@code id}, recorded at
	 * {@code stored} unless it says when, stored with a broken rule or not, and
	 * declared erroneous or not.
	 */
	public void add(long id, EpcisEvent e, Instant stored, boolean flagged, boolean corrected) throws SQLException {
		EventFacts f = EventFacts.of(e, stored, sites::get, products::get);
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

	public void clear() throws SQLException {
		insert.clearBatch();
	}

	@Override
	public void close() throws SQLException {
		insert.close();
	}
}
