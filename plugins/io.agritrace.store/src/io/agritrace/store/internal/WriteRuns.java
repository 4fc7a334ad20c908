package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk writes as numbered write runs, committed in blocks, so that what a
 * failed run committed, or a killed process left of one, can be removed (see
 * {@code V3__write_runs.sql} and {@code V6__write_runs_in_blocks.sql}). Rows
 * written in a run carry its number through the session variable
 * {@value #VARIABLE}; readers that act on events (the anchor publisher, the
 * custody sync) skip those of unfinished runs with {@link #FINISHED}.
 */
public final class WriteRuns {

	/** The session variable that holds the current run's number, NULL outside runs. */
	public static final String VARIABLE = "@agritrace_write_run"; //$NON-NLS-1$

	/** SQL condition: the event {@code e} was not written by a run still in progress (or failed). */
	public static final String FINISHED = "NOT EXISTS (SELECT 1 FROM write_run w WHERE w.id = e.write_run AND NOT " //$NON-NLS-1$
			+ "w.finished)"; //$NON-NLS-1$

	/**
	 * Events a run writes between commits: one transaction for a whole import
	 * makes H2 write every page again after the commit; 500 ingested fastest
	 * (docs/performance.md).
	 */
	static final int COMMIT_EVERY = 500;

	/** Work of a run: writes with the connection and reports each block to the checkpoint. */
	@FunctionalInterface
	public interface Work<T> {
		T apply(Connection connection, Checkpoint checkpoint) throws SQLException;
	}

	/** Where a bulk writer reports what it wrote, so that a run can commit it. */
	@FunctionalInterface
	public interface Checkpoint {
		/** For writes that are one transaction. */
		Checkpoint NONE = events -> {
		};

		void wrote(int events) throws SQLException;
	}

	private WriteRuns() {
	}

	/** A run's number, and the first event id it may have written (no event of it is smaller). */
	private record Run(long id, long firstEvent) {
	}

	/** Commits a run's connection once {@value #COMMIT_EVERY} events were written since the last commit. */
	private static final class BlockCommits implements Checkpoint {
		private final Connection connection;
		private int uncommitted;

		BlockCommits(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void wrote(int events) throws SQLException {
			uncommitted += events;
			if (uncommitted >= COMMIT_EVERY) {
				connection.commit();
				uncommitted = 0;
			}
		}
	}

	/**
	 * Runs bulk work as a write run: the run is committed first, the work's rows
	 * carry its number and are committed every {@value #COMMIT_EVERY} events, and
	 * the run is marked finished with the last of them. When the work throws,
	 * what it committed is removed before the exception goes on.
	 */
	public static <T> T call(Transactions transactions, Work<T> work) {
		Run run = transactions.call(WriteRuns::begin);
		try {
			return transactions.call(c -> {
				try {
					setRun(c, run.id());
					T result = work.apply(c, new BlockCommits(c));
					try (PreparedStatement p = c.prepareStatement("UPDATE write_run SET finished = TRUE WHERE id = ?")) { //$NON-NLS-1$
						p.setLong(1, run.id());
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
			try {
				transactions.run(c -> remove(c, run));
			} catch (RuntimeException removal) {
				// The run stays unfinished: the database removes it when next opened alone.
				e.addSuppressed(removal);
			}
			throw e;
		}
	}

	private static void setRun(Connection c, long run) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SET " + VARIABLE + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			p.setLong(1, run);
			p.execute();
		}
	}

	private static Run begin(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR write_run_id, NEXT VALUE FOR epcis_event_id")) { //$NON-NLS-1$
			r.next();
			Run run = new Run(r.getLong(1), r.getLong(2));
			try (PreparedStatement p = c.prepareStatement("INSERT INTO write_run(id, first_event) VALUES (?, ?)")) { //$NON-NLS-1$
				p.setLong(1, run.id());
				p.setLong(2, run.firstEvent());
				p.executeUpdate();
			}
			return run;
		}
	}

	/**
	 * Removes what runs that never finished wrote, and those runs. Only when this process is alone with the database:
	 * a run in progress in another process (AUTO_SERVER) is not abandoned, and
	 * leftovers exist only after the process that owned the database died.
	 *
	 * @return the runs removed
	 */
	public static int removeAbandoned(Connection c) throws SQLException {
		if (!CleanClose.alone(c)) {
			return 0;
		}
		List<Run> abandoned = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT id, first_event FROM write_run WHERE NOT finished")) { //$NON-NLS-1$
			while (r.next()) {
				abandoned.add(new Run(r.getLong(1), r.getLong(2)));
			}
		}
		for (Run run : abandoned) {
			remove(c, run);
		}
		return abandoned.size();
	}

	/** Removes what a run wrote, then the run. */
	private static void remove(Connection c, Run run) throws SQLException {
		execute(c, "DELETE FROM epcis_event WHERE id >= ? AND write_run = ?", run.firstEvent(), run.id()); //$NON-NLS-1$
		execute(c, "DELETE FROM product_batch WHERE write_run = ?", run.id()); //$NON-NLS-1$
		// Items, outbox and custody rows whose event is gone (or was never persisted).
		// Item rows are keyed by event id times EventItemKeys.PER_EVENT, so their key bounds the scan.
		execute(c, "DELETE FROM event_item r WHERE r.id >= ? " //$NON-NLS-1$
				+ "AND NOT EXISTS (SELECT 1 FROM epcis_event e WHERE e.id = r.event_id)", //$NON-NLS-1$
				EventItemKeys.key(run.firstEvent(), 0));
		for (String table : new String[] { "anchor_outbox", "custody_pending", "event_fact" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			execute(c, "DELETE FROM " + table + " r WHERE r.event_id >= ? " //$NON-NLS-1$ //$NON-NLS-2$
					+ "AND NOT EXISTS (SELECT 1 FROM epcis_event e WHERE e.id = r.event_id)", run.firstEvent()); //$NON-NLS-1$
		}
		for (String table : new String[] { "party", "location", "product" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			execute(c, "DELETE FROM " + table + " WHERE write_run = ? AND external", run.id()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		execute(c, "UPDATE epcis_event SET error_declaration = NULL " //$NON-NLS-1$
				+ "WHERE id IN (SELECT event_id FROM run_declaration WHERE write_run = ?)", run.id()); //$NON-NLS-1$
		execute(c, "UPDATE event_fact SET corrected = FALSE " //$NON-NLS-1$
				+ "WHERE event_id IN (SELECT event_id FROM run_declaration WHERE write_run = ?)", run.id()); //$NON-NLS-1$
		execute(c, "DELETE FROM run_declaration WHERE write_run = ?", run.id()); //$NON-NLS-1$
		execute(c, "DELETE FROM write_run WHERE id = ?", run.id()); //$NON-NLS-1$
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
