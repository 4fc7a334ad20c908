package io.agritrace.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.eclipse.osgi.util.NLS;
import org.h2.jdbcx.JdbcConnectionPool;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.internal.SchemaMigrator;
import io.agritrace.store.internal.Transactions;

/**
 * The AgriTrace database: an H2 file database inside the workspace by default,
 * any H2 URL (e.g. a shared server) when configured. Opening it brings the
 * schema up to date.
 */
public final class TraceStore implements AutoCloseable {

	/** System property that replaces the workspace database by any H2 JDBC URL. */
	public static final String JDBC_URL_PROPERTY = "agritrace.jdbc.url"; //$NON-NLS-1$

	private final String url;
	private final JdbcConnectionPool pool;
	private final Transactions transactions;
	private final BatchRepository batches;
	private final EventRepository events;
	private final TraceRepository traces;

	private TraceStore(String url) {
		this.url = url;
		this.pool = JdbcConnectionPool.create(url, "sa", ""); //$NON-NLS-1$ //$NON-NLS-2$
		this.transactions = new Transactions(pool);
		this.batches = new BatchRepository(transactions);
		this.events = new EventRepository(transactions);
		this.traces = new TraceRepository(transactions, events);
	}

	/** Opens the database at {@code jdbcUrl} and applies pending migrations. */
	public static TraceStore open(String jdbcUrl) {
		TraceStore store = new TraceStore(jdbcUrl);
		try {
			store.transactions.run(SchemaMigrator::migrate);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		return store;
	}

	/**
	 * Opens the workspace's database, or the one named by
	 * {@value #JDBC_URL_PROPERTY} when that is set.
	 */
	public static TraceStore openWorkspace(Path workspace) {
		return open(System.getProperty(JDBC_URL_PROPERTY, workspaceUrl(workspace)));
	}

	/**
	 * The URL of the database file inside a workspace. AUTO_SERVER lets the CLI
	 * and the application use one workspace at the same time.
	 */
	public static String workspaceUrl(Path workspace) {
		return "jdbc:h2:file:" + workspace.toAbsolutePath().resolve("db").resolve("agritrace") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ";AUTO_SERVER=TRUE"; //$NON-NLS-1$
	}

	public BatchRepository batches() {
		return batches;
	}

	public EventRepository events() {
		return events;
	}

	public TraceRepository traces() {
		return traces;
	}

	/** Saves batches and their recorded events in one transaction: all or nothing. */
	public EventRepository.Saved save(Collection<ProductBatch> newBatches, Iterable<EpcisEvent> newEvents) {
		return transactions.call(c -> {
			BatchRepository.insert(c, newBatches);
			return EventRepository.insert(c, newEvents, EventRepository.Origin.RECORDED, e -> null);
		});
	}

	/** Runs work in one transaction (for imports that mix batches, events and master data). */
	public <T> T inTransaction(Transactions.SqlFunction<T> work) {
		return transactions.call(work);
	}

	/** The JDBC URL, for status displays and messages. */
	public String url() {
		return url;
	}

	/** Current schema version, e.g. 1 after the first migration. */
	public int schemaVersion() {
		return transactions.call(SchemaMigrator::currentVersion);
	}

	@Override
	public void close() {
		pool.dispose();
	}

	/** Checks that a connection can be had, for a status display. */
	public boolean isAvailable() {
		try (Connection c = pool.getConnection()) {
			return c.isValid(1);
		} catch (SQLException e) {
			return false;
		}
	}

	@Override
	public String toString() {
		return NLS.bind("TraceStore[{0}]", url); //$NON-NLS-1$
	}
}
