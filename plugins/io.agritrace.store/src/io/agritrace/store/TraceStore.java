package io.agritrace.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.h2.jdbcx.JdbcConnectionPool;

import io.agritrace.core.csv.MasterDataCsv;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.text.Times;
import io.agritrace.store.internal.CleanClose;
import io.agritrace.store.internal.EventGate;
import io.agritrace.store.internal.EventWriter;
import io.agritrace.store.internal.IndexRebuild;
import io.agritrace.store.internal.SchemaMigrator;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

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
	private final FactFiller facts;
	private final BatchRepository batches;
	private final EventRepository events;
	private final TraceRepository traces;
	private final MasterDataRepository masterData;
	private final EventImporter importer;
	private final CustodySteps custodySteps;
	private final HoldingsRepository holdings;
	private final OutboxRepository outbox;
	private final RecallDrillRepository drills;
	private final VerdictRepository verdicts;
	private final CreditRepository credit;
	private final DashboardRepository dashboard;
	private int rebuiltIndexes;

	private final Clock clock;

	private TraceStore(String url, Clock clock) {
		this.url = url;
		this.clock = clock;
		this.pool = JdbcConnectionPool.create(url, "sa", ""); //$NON-NLS-1$ //$NON-NLS-2$
		this.transactions = new Transactions(pool);
		this.facts = new FactFiller(transactions);
		this.batches = new BatchRepository(transactions);
		this.events = new EventRepository(transactions);
		this.masterData = new MasterDataRepository(transactions);
		this.traces = new TraceRepository(transactions, events, masterData, clock);
		this.holdings = new HoldingsRepository(transactions);
		this.importer = new EventImporter(transactions, facts, clock);
		this.outbox = new OutboxRepository(transactions);
		this.custodySteps = new CustodySteps(transactions);
		this.drills = new RecallDrillRepository(transactions);
		this.verdicts = new VerdictRepository(transactions);
		this.credit = new CreditRepository(transactions, facts);
		this.dashboard = new DashboardRepository(transactions, facts, outbox);
	}

	/**
	 * Opens the database at {@code jdbcUrl} and applies pending migrations. When
	 * the last process to have it was killed, its secondary indexes are rebuilt
	 * first, then what unfinished write runs left is removed. Events stored
	 * without their facts get them in the background. Its zone is the default,
	 * {@link Times#DEFAULT_ZONE}.
	 */
	public static TraceStore open(String jdbcUrl) {
		return open(jdbcUrl, Clock.system(Times.DEFAULT_ZONE));
	}

	/**
	 * Opens the database at {@code jdbcUrl} as {@link #open(String)} does, for a
	 * workspace whose zone is the clock's (read each time, so a clock that follows
	 * a preference follows its changes): the custody rules judge "now" by it,
	 * and broken rules, findings and harvest dates read in it.
	 */
	public static TraceStore open(String jdbcUrl, Clock clock) {
		TraceStore store = new TraceStore(jdbcUrl, clock);
		try {
			store.transactions.run(SchemaMigrator::migrate);
			store.rebuiltIndexes = store.transactions.call(c -> CleanClose.opened(c) ? IndexRebuild.rebuildAll(c) : 0);
			store.transactions.call(WriteRuns::removeAbandoned);
			store.facts.wake();
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		return store;
	}

	/** {@link #openWorkspace(Path, Clock)} in the default zone, {@link Times#DEFAULT_ZONE}. */
	public static TraceStore openWorkspace(Path workspace) {
		return openWorkspace(workspace, Clock.system(Times.DEFAULT_ZONE));
	}

	/**
	 * Opens the workspace's database, or the one named by
	 * {@value #JDBC_URL_PROPERTY} when that is set, in the workspace's zone (the clock's).
	 */
	public static TraceStore openWorkspace(Path workspace, Clock clock) {
		return open(System.getProperty(JDBC_URL_PROPERTY, workspaceUrl(workspace)), clock);
	}

	/**
	 * The URL of the database file inside a workspace. AUTO_SERVER lets the CLI
	 * and the application use one workspace at the same time; a 128 MB page
	 * cache keeps the item index of a million events in memory.
	 */
	public static String workspaceUrl(Path workspace) {
		return "jdbc:h2:file:" + workspaceDatabase(workspace) + ";AUTO_SERVER=TRUE;CACHE_SIZE=131072"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The database file inside a workspace, without H2's {@code .mv.db}. */
	public static Path workspaceDatabase(Path workspace) {
		return workspace.toAbsolutePath().resolve("db").resolve("agritrace"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The workspace's clock: now, in the workspace's zone, in which times are written. */
	public Clock clock() {
		return clock;
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

	/** Resolves trace codes, Digital Links and EPC URIs to canonical identifiers. */
	public CodeResolver codes() {
		return new CodeResolver(batches);
	}

	/** Anchors waiting for, or sent to, the chain. */
	public OutboxRepository outbox() {
		return outbox;
	}

	/** Shipments and receipts, for the chain's custody record. */
	public CustodySteps custodySteps() {
		return custodySteps;
	}

	/** Lots that still exist and shipments that await receipt, for recording what comes next. */
	public HoldingsRepository holdings() {
		return holdings;
	}

	public DashboardRepository dashboard() {
		return dashboard;
	}

	public CreditRepository credit() {
		return credit;
	}

	public VerdictRepository verdicts() {
		return verdicts;
	}

	public RecallDrillRepository drills() {
		return drills;
	}

	public MasterDataRepository masterData() {
		return masterData;
	}

	/** Records events made here and imports documents, checking custody rules. */
	public EventImporter importer() {
		return importer;
	}

	/** Saves batches and their recorded events as one write run: all or nothing. */
	public EventRepository.Saved save(Collection<ProductBatch> newBatches, Iterable<EpcisEvent> newEvents) {
		return writeRun((c, checkpoint) -> {
			BatchRepository.insert(c, newBatches);
			return EventWriter.insert(c, newEvents, EventRepository.Origin.RECORDED, EventGate.ACCEPT_ALL, checkpoint);
		});
	}

	/** Saves master data, batches and their recorded events as one write run: all or nothing. */
	public EventRepository.Saved save(MasterData master, Collection<ProductBatch> newBatches, Iterable<EpcisEvent> newEvents) {
		return writeRun((c, checkpoint) -> {
			MasterDataRepository.register(c, master.parties(), master.locations(), master.products());
			BatchRepository.insert(c, newBatches);
			return EventWriter.insert(c, newEvents, EventRepository.Origin.RECORDED, EventGate.ACCEPT_ALL, checkpoint);
		});
	}

	/** Runs a write run; the facts of its events are filled in the background once it has finished. */
	private EventRepository.Saved writeRun(WriteRuns.Work<EventRepository.Saved> work) {
		return facts.writing(() -> WriteRuns.call(transactions, work));
	}

	/** Counts of what the store holds, in a stable order, for {@code stats} and the dashboard. */
	public Map<String, Long> statistics() {
		return transactions.call(c -> {
			Map<String, Long> stats = new LinkedHashMap<>();
			String[][] queries = { { "batches", "SELECT COUNT(*) FROM product_batch" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "events", "SELECT COUNT(*) FROM epcis_event" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "events_imported", "SELECT COUNT(*) FROM epcis_event WHERE origin = 'IMPORTED'" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "events_flagged", "SELECT COUNT(*) FROM epcis_event WHERE rule_warning IS NOT NULL" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "parties", "SELECT COUNT(*) FROM party" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "parties_external", "SELECT COUNT(*) FROM party WHERE external" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "locations", "SELECT COUNT(*) FROM location" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "products", "SELECT COUNT(*) FROM product" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "anchors_pending", "SELECT COUNT(*) FROM anchor_outbox WHERE state = " //$NON-NLS-1$ //$NON-NLS-2$
							+ OutboxState.PENDING.sql() },
					{ "anchors_anchored", "SELECT COUNT(*) FROM anchor_outbox WHERE state = " //$NON-NLS-1$ //$NON-NLS-2$
							+ OutboxState.ANCHORED.sql() } };
			try (Statement s = c.createStatement()) {
				for (String[] q : queries) {
					try (ResultSet r = s.executeQuery(q[1])) {
						r.next();
						stats.put(q[0], r.getLong(1));
					}
				}
			}
			return stats;
		});
	}

	/**
	 * Imports a CSV file of parties or batches, all rows or none.
	 *
	 * @return how many rows were stored
	 * @throws CsvRejectedException listing every bad row; nothing is stored
	 */
	public int importCsv(BufferedReader csv) throws IOException {
		MasterDataCsv.Result rows = MasterDataCsv.read(csv, clock);
		if (!rows.errors().isEmpty()) {
			throw new CsvRejectedException(rows.errors());
		}
		transactions.run(c -> {
			MasterDataRepository.register(c, rows.parties(), List.of(), List.of());
			BatchRepository.insert(c, rows.batches());
		});
		return rows.parties().size() + rows.batches().size();
	}

	/** The JDBC URL (for the store's tests: users see it in {@link #toString()}). */
	String url() {
		return url;
	}

	/** Current schema version, e.g. 1 after the first migration. */
	public int schemaVersion() {
		return transactions.call(SchemaMigrator::currentVersion);
	}

	/** How many indexes opening rebuilt because the last process was killed (0 after a clean close; for the store's tests). */
	int rebuiltIndexes() {
		return rebuiltIndexes;
	}

	/** Closes the database, once the fill of facts in progress has stopped after its page. */
	@Override
	public void close() {
		facts.close();
		try {
			transactions.run(CleanClose::closing);
		} catch (RuntimeException e) {
			// Not noted clean: the next opening rebuilds the indexes, which costs time, not data.
		} finally {
			pool.dispose();
		}
	}

	/**
	 * Rewrites the database file without the free space that bulk writes leave
	 * behind (H2 reclaims it only at a compacting shutdown), and closes the
	 * store. Refused while another process uses the database: the shutdown
	 * would cut it off.
	 *
	 * @throws StoreException when another session is connected
	 */
	public void compact() {
		facts.close();
		try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) { //$NON-NLS-1$
				r.next();
				if (r.getLong(1) > 1) {
					throw new StoreException(Texts.TraceStore_compactInUse.with(), null);
				}
			}
			CleanClose.closing(c);
			s.execute("SHUTDOWN COMPACT"); //$NON-NLS-1$
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		} finally {
			pool.dispose();
		}
	}

	@Override
	public String toString() {
		return NLS.bind("TraceStore[{0}]", url); //$NON-NLS-1$
	}
}
