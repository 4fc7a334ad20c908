package io.agritrace.tests.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.h2.jdbcx.JdbcDataSource;

/**
 * What someone with direct access to the database does behind the
 * application's back, on purpose, so that tests can show that verification
 * notices: alter a stored event, delete one. It opens a JDBC connection of its
 * own on the store's database, as such a person would, so that no SQL for
 * tampering is in the store's API. The only place outside the store bundle
 * where tests touch its tables; it also answers the few questions about
 * stored rows that the store's API has no reason to offer.
 */
public final class StoreTampering {

	private static final String[] EVENT_TABLES = { "event_item", "anchor_outbox", "custody_synced", "event_fact",
			"epcis_event" };

	@FunctionalInterface
	private interface Sql<T> {
		T apply(Connection c) throws SQLException;
	}

	private final JdbcDataSource database = new JdbcDataSource();

	/**
	 * Tampers with the database at {@code jdbcUrl}: a workspace's is
	 * {@code TraceStore.workspaceUrl(workspace)}, the workbench's
	 * {@code WorkspaceStore.jdbcUrl()}.
	 */
	public StoreTampering(String jdbcUrl) {
		database.setURL(jdbcUrl);
		database.setUser("sa");
	}

	/** The id of the first (or last) event of that business step that names the lot; all lots when it is null. */
	public OptionalLong event(String lot, String bizStep, boolean last) {
		return inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + (last ? "MAX" : "MIN") + "(e.id) FROM epcis_event e "
					+ "JOIN event_item i ON i.event_id = e.id WHERE (? IS NULL OR i.item = ?) AND (? IS NULL OR e.biz_step = ?)")) {
				p.setString(1, lot);
				p.setString(2, lot);
				p.setString(3, bizStep);
				p.setString(4, bizStep);
				try (ResultSet r = p.executeQuery()) {
					r.next();
					long id = r.getLong(1);
					return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
				}
			}
		});
	}

	/** Puts {@code digit} before the event's quantity in its stored JSON: its content no longer matches its anchor. */
	public void alterQuantity(long event, char digit) {
		inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE epcis_event SET json = REPLACE(json, '\"quantity\":', '\"quantity\":" + digit + "') WHERE id = ?")) {
				p.setLong(1, event);
				return requireOne(p.executeUpdate(), event);
			}
		});
	}

	/** Deletes the event and every row about it, as a careful intruder would. */
	public void delete(long event) {
		inTransaction(c -> {
			for (String table : EVENT_TABLES) {
				deleteFrom(c, table, table.equals("epcis_event") ? "id" : "event_id", event);
			}
			return null;
		});
	}

	/**
	 * Forgets every event's last verdict: the store of a workspace whose events
	 * were anchored (found on chain, or sent by another program) and never
	 * verified since.
	 */
	public void forgetVerdicts() {
		inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE anchor_outbox SET verdict = NULL, verified_at = NULL")) {
				return p.executeUpdate();
			}
		});
	}

	/** Events stored with this business step. */
	public long count(String bizStep) {
		return inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM epcis_event WHERE biz_step = ?")) {
				p.setString(1, bizStep);
				try (ResultSet r = p.executeQuery()) {
					r.next();
					return r.getLong(1);
				}
			}
		});
	}

	/** The party that last received each lot, by lot. */
	public Map<String, String> lastReceivers() {
		return inTransaction(c -> {
			Map<String, String> last = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT i.item, e.dest_party FROM epcis_event e "
					+ "JOIN event_item i ON i.event_id = e.id WHERE e.biz_step = 'receiving' ORDER BY e.event_time, e.id");
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					last.put(r.getString(1), r.getString(2));
				}
			}
			return last;
		});
	}

	private <T> T inTransaction(Sql<T> work) {
		try (Connection c = database.getConnection()) {
			c.setAutoCommit(false);
			T result = work.apply(c);
			c.commit();
			return result;
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private static void deleteFrom(Connection c, String table, String key, long event) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
			p.setLong(1, event);
			p.executeUpdate();
		}
	}

	private static int requireOne(int rows, long event) {
		if (rows != 1) {
			throw new IllegalStateException("event " + event + " is not stored"); //$NON-NLS-1$
		}
		return rows;
	}
}
