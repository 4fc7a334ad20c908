package io.agritrace.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcDataSource;

import io.agritrace.store.internal.Transactions;

/**
 * What {@link TraceStore} keeps out of its API, for the store's own tests:
 * its JDBC URL, the indexes opening rebuilt, and SQL on its tables through a
 * connection of the test's own, as anyone with the database's password could.
 */
public final class StoreInternals {

	private StoreInternals() {
	}

	public static String url(TraceStore store) {
		return store.url();
	}

	public static int rebuiltIndexes(TraceStore store) {
		return store.rebuiltIndexes();
	}

	/** Runs SQL in one transaction on the store's database. */
	public static <T> T sql(TraceStore store, Transactions.SqlFunction<T> work) {
		return sql(store.url(), work);
	}

	/** Runs SQL in one transaction on the database at {@code url}, open in a store or not. */
	public static <T> T sql(String url, Transactions.SqlFunction<T> work) {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL(url);
		database.setUser("sa");
		try (Connection c = database.getConnection()) {
			c.setAutoCommit(false);
			T result = work.apply(c);
			c.commit();
			return result;
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/** The rows of a table. */
	public static long count(TraceStore store, String table) {
		return sql(store, c -> {
			try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
				r.next();
				return r.getLong(1);
			}
		});
	}
}
