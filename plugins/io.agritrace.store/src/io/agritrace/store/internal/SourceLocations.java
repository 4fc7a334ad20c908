package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.PartyRef;

/**
 * Fills {@code epcis_event.source_location} (V19) for the events stored before
 * it existed, from their JSON: only events with a source list can have one.
 */
final class SourceLocations {

	private static final int BATCH = 1_000;

	private SourceLocations() {
	}

	static void fill(Connection c) throws SQLException {
		try (PreparedStatement read = c.prepareStatement("SELECT id, hash_id, json, prefixes FROM epcis_event " //$NON-NLS-1$
				+ "WHERE json LIKE '%sourceList%'"); //$NON-NLS-1$
				PreparedStatement write = c.prepareStatement("UPDATE epcis_event SET source_location = ? WHERE id = ?"); //$NON-NLS-1$
				ResultSet r = read.executeQuery()) {
			int queued = 0;
			while (r.next()) {
				long id = r.getLong(1);
				String location = StoredJson.event(id, EventHashId.ofDigest(r.getBytes(2)), r.getString(3), r.getString(4))
						.source(PartyRef.LOCATION);
				if (location != null) {
					write.setString(1, location);
					write.setLong(2, id);
					write.addBatch();
					if (++queued % BATCH == 0) {
						write.executeBatch();
					}
				}
			}
			write.executeBatch();
		}
	}
}
