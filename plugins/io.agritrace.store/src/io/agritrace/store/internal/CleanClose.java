package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Notes in {@code clean_close} whether the database was closed by the last
 * process that had it to itself, so that opening knows when that process was
 * killed instead (V11). Only a process alone with the database reads or
 * writes the note: while the workbench and the CLI share a workspace
 * (AUTO_SERVER), the one that has it last closes it.
 */
public final class CleanClose {

	private CleanClose() {
	}

	/**
	 * This process alone uses the database: every session is its own (embedded,
	 * none through H2's server), or this is the only session (a server database
	 * named by the JDBC URL).
	 */
	public static boolean alone(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(SERVER) FROM INFORMATION_SCHEMA.SESSIONS")) { //$NON-NLS-1$
			r.next();
			return r.getLong(1) == 1 || r.getLong(2) == 0;
		}
	}

	/**
	 * Notes the database open.
	 *
	 * @return true when this process is alone with the database and the last
	 *         one did not close it
	 */
	public static boolean opened(Connection c) throws SQLException {
		if (!alone(c)) {
			return false;
		}
		boolean closed;
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT closed FROM clean_close")) { //$NON-NLS-1$
			closed = !r.next() || r.getBoolean(1);
		}
		note(c, false);
		return !closed;
	}

	/** Notes the database closed, when this process is alone with it. */
	public static void closing(Connection c) throws SQLException {
		if (alone(c)) {
			note(c, true);
		}
	}

	private static void note(Connection c, boolean closed) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE clean_close SET closed = " + closed); //$NON-NLS-1$
		}
	}
}
