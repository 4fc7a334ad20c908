package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.store.StoreException;

/**
 * Parties, locations and products that imported events name but nobody
 * registered, added as external (imported, unverified) rows of the current
 * write run. Each identifier is written once per import: the statements stay
 * prepared, and identifiers already handled are remembered (a document names
 * the same few farms and shops in thousands of events).
 */
public final class ExternalMasterData implements AutoCloseable {

	/** One master-data table: its insert, and the keys it was given in this import. */
	private static final class Table implements AutoCloseable {
		private final PreparedStatement insertUnlessKnown;
		private final Set<String> handled = new HashSet<>();

		Table(Connection c, String table, String keyColumn) throws SQLException {
			insertUnlessKnown = c.prepareStatement("INSERT INTO " + table + "(" + keyColumn //$NON-NLS-1$ //$NON-NLS-2$
					+ ", external, write_run) " //$NON-NLS-1$
					+ "SELECT ?, TRUE, " + WriteRuns.VARIABLE + " WHERE NOT EXISTS (SELECT 1 FROM " + table //$NON-NLS-1$ //$NON-NLS-2$
					+ " WHERE " //$NON-NLS-1$
					+ keyColumn + " = ?)"); //$NON-NLS-1$
		}

		void add(String key) throws SQLException {
			if (handled.add(key)) {
				insertUnlessKnown.setString(1, key);
				insertUnlessKnown.setString(2, key);
				insertUnlessKnown.executeUpdate();
			}
		}

		@Override
		public void close() throws SQLException {
			insertUnlessKnown.close();
		}
	}

	private final Table party;
	private final Table location;
	private final Table product;

	public ExternalMasterData(Connection c) throws SQLException {
		party = new Table(c, "party", "uri"); //$NON-NLS-1$ //$NON-NLS-2$
		location = new Table(c, "location", "uri"); //$NON-NLS-1$ //$NON-NLS-2$
		product = new Table(c, "product", "gtin"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Adds what the event names and is not known yet. */
	public void add(EpcisEvent e) {
		try {
			for (PartyRef p : e.sources()) {
				add(p);
			}
			for (PartyRef p : e.destinations()) {
				add(p);
			}
			for (String place : new String[] { e.readPoint(), e.bizLocation() }) {
				if (place != null) {
					location.add(place);
				}
			}
			List<QuantityElement> quantities = new ArrayList<>(e.quantities());
			quantities.addAll(e.inputQuantities());
			quantities.addAll(e.outputQuantities());
			quantities.addAll(e.childQuantities());
			for (QuantityElement q : quantities) {
				Optional<String> gtin = Identifiers.gtin(q.epcClass());
				if (gtin.isPresent()) {
					product.add(gtin.get());
				}
			}
		} catch (SQLException ex) {
			throw new StoreException(ex.getMessage(), ex);
		}
	}

	private void add(PartyRef p) throws SQLException {
		(PartyRef.LOCATION.equals(p.type()) ? location : party).add(p.id());
	}

	@Override
	public void close() throws SQLException {
		try (party; location; product) {
			// closes the three, each even when another fails
		}
	}
}
