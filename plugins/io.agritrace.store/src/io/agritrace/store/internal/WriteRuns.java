package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk writes as numbered write runs, so that what a killed process leaves of
 * an uncommitted one is removed when the database is next opened (see
 * {@code V3__write_runs.sql} for why H2 needs this). Events written in a run
 * carry its number through the session variable {@value #VARIABLE}.
 */
public final class WriteRuns {

	/** The session variable that holds the current run's number, NULL outside runs. */
	public static final String VARIABLE = "@agritrace_write_run"; //$NON-NLS-1$

	private WriteRuns() {
	}

	/**
	 * Runs bulk work in one transaction as a write run: the run is committed
	 * first, then the work's rows carry its number and the run is marked
	 * finished with them.
	 */
	public static <T> T call(Transactions transactions, Transactions.SqlFunction<T> work) {
		long run = transactions.call(WriteRuns::begin);
		try {
			return transactions.call(c -> {
				try {
					try (PreparedStatement p = c.prepareStatement("SET " + VARIABLE + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
						p.setLong(1, run);
						p.execute();
					}
					T result = work.apply(c);
					try (PreparedStatement p = c.prepareStatement("UPDATE write_run SET finished = TRUE WHERE id = ?")) { //$NON-NLS-1$
						p.setLong(1, run);
						p.executeUpdate();
					}
					return result;
				} finally {
					// Pooled connections outlive the run.
					try (Statement s = c.createStatement()) {
						s.execute("SET " + VARIABLE + " = NULL"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			});
		} catch (RuntimeException e) {
			transactions.run(c -> forget(c, run)); // rolled back: nothing of it is left
			throw e;
		}
	}

	private static long begin(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR write_run_id, NEXT VALUE FOR epcis_event_id")) { //$NON-NLS-1$
			r.next();
			try (PreparedStatement p = c.prepareStatement("INSERT INTO write_run(id, first_event) VALUES (?, ?)")) { //$NON-NLS-1$
				p.setLong(1, r.getLong(1));
				p.setLong(2, r.getLong(2));
				p.executeUpdate();
			}
			return r.getLong(1);
		}
	}

	private static void forget(Connection c, long run) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("DELETE FROM write_run WHERE id = ?")) { //$NON-NLS-1$
			p.setLong(1, run);
			p.executeUpdate();
		}
	}

	/**
	 * Removes the events (with their items and outbox rows) and batches of runs
	 * that never finished, and those runs. Only when this is the database's only session:
	 * a run in progress in another process (AUTO_SERVER) is not abandoned, and
	 * leftovers exist only after the process that owned the database died.
	 *
	 * @return the runs removed
	 */
	public static int removeAbandoned(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet sessions = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) { //$NON-NLS-1$
			sessions.next();
			if (sessions.getLong(1) > 1) {
				return 0;
			}
		}
		List<long[]> abandoned = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT id, first_event FROM write_run WHERE NOT finished")) { //$NON-NLS-1$
			while (r.next()) {
				abandoned.add(new long[] { r.getLong(1), r.getLong(2) });
			}
		}
		for (long[] run : abandoned) {
			execute(c, "DELETE FROM epcis_event WHERE id >= ? AND write_run = ?", run[1], run[0]); //$NON-NLS-1$
			execute(c, "DELETE FROM product_batch WHERE write_run = ?", run[0]); //$NON-NLS-1$
			// Items, outbox and custody rows whose event is gone (or was never persisted).
			for (String table : new String[] { "event_item", "anchor_outbox", "custody_pending" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				execute(c, "DELETE FROM " + table + " r WHERE r.event_id >= ? " //$NON-NLS-1$ //$NON-NLS-2$
						+ "AND NOT EXISTS (SELECT 1 FROM epcis_event e WHERE e.id = r.event_id)", run[1]); //$NON-NLS-1$
			}
			forget(c, run[0]);
		}
		return abandoned.size();
	}

	private static void execute(Connection c, String sql, long... values) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				p.setLong(i + 1, values[i]);
			}
			p.executeUpdate();
		}
	}
}
