package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.agritrace.store.StoreException;

/**
 * Runs work in one database transaction: committed when the work returns,
 * rolled back when it throws, so that nothing is ever half-written.
 */
public final class Transactions {

	/** Work that needs a connection and returns a value. */
	@FunctionalInterface
	public interface SqlFunction<T> {
		T apply(Connection connection) throws SQLException;
	}

	/** Work that needs a connection. */
	@FunctionalInterface
	public interface SqlWork {
		void run(Connection connection) throws SQLException;
	}

	private final DataSource dataSource;

	/** SQLSTATE of a unique index violation. */
	private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$

	/** True when the statement broke a unique index (a key stored already). */
	public static boolean isDuplicateKey(SQLException e) {
		return DUPLICATE_KEY.equals(e.getSQLState());
	}

	public Transactions(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public <T> T call(SqlFunction<T> work) {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				T result = work.apply(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/** Runs the work and rolls it back whatever it did: what a write would find, without writing. */
	public <T> T trial(SqlFunction<T> work) {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				return work.apply(c);
			} finally {
				c.rollback();
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	public void run(SqlWork work) {
		call(c -> {
			work.run(c);
			return null;
		});
	}
}
