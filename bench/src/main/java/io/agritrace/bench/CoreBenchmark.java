package io.agritrace.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.util.ReadAhead;
import io.agritrace.demo.GeneratedData;
import io.agritrace.demo.JilinScenarioGenerator;
import io.agritrace.store.TraceStore;
import io.openepcis.epc.eventhash.EventHashGenerator;

/**
 * {@code bench/run core}: ingest, hash, trace and import figures of the core
 * and store, each beside its baseline measured in the same run.
 */
public final class CoreBenchmark {

	private static final Clock CLOCK = Clock.systemDefaultZone();
	/** Ingest runs of each side before the measured ones: until the JIT has compiled the write path. */
	private static final int WARM_UP_RUNS = 3;
	/** Measured ingest runs of each side. */
	private static final int MEASURED_RUNS = 3;
	/** An organisation with no records: its profile is read only to wait for the events' facts. */
	private static final String CREDIT_NOBODY = "urn:agritrace:bench:nobody";

	public static void main(String[] args) throws Exception {
		int storeEvents = Integer.getInteger("bench.storeEvents", 1_000_000);
		String only = System.getProperty("bench.only", "hash,ingest,trace,import");
		if (only.contains("hash")) {
			hash();
		}
		try (ScratchDirectory work = new ScratchDirectory("agritrace-bench")) {
			if (only.contains("ingest")) {
				ingest(work);
			}
			if (only.contains("trace")) {
				trace(work, storeEvents);
			}
			if (only.contains("import")) {
				importLarge(work);
			}
		}
	}

	private static void print(String name, double value, String unit) {
		System.out.printf("%s: %s %s%n", name, value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value), unit);
	}

	/** Events of generated Jilin chains (about 14 per chain). */
	private static List<EpcisEvent> events(int chains, long seed) {
		List<EpcisEvent> events = new ArrayList<>();
		new JilinScenarioGenerator(seed, CLOCK, 3650).generate(chains, new JilinScenarioGenerator.Sink() {
			@Override
			public void batch(ProductBatch batch) {
				// only events are measured
			}

			@Override
			public void event(EpcisEvent event) {
				events.add(event);
			}
		});
		return events;
	}

	private static byte[] document(List<EpcisEvent> events) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (EpcisDocumentWriter writer = new EpcisDocumentWriter(out, Map.of(), Instant.now())) {
			events.forEach(writer::write);
		}
		return out.toByteArray();
	}

	// ---- hash_ids_per_s against openepcis-event-hash-generator ----

	private static void hash() throws Exception {
		byte[] doc = document(events(4000, 1));
		int count = countOurs(doc);
		openEpcisPerSecond(doc); // warm-up
		countOurs(doc);
		long t0 = System.nanoTime();
		countOurs(doc);
		double ours = count / seconds(t0);
		double baseline = openEpcisPerSecond(doc);
		print("hash_events", count, "events");
		print("hash_ids_per_s", ours, "events/s");
		print("hash_openepcis_per_s", baseline, "events/s");
		print("hash_vs_openepcis_ratio", ours / baseline, "x");
	}

	private static int countOurs(byte[] doc) {
		int n = 0;
		try (EpcisDocumentReader reader = new EpcisDocumentReader(new ByteArrayInputStream(doc))) {
			while (reader.hasNext()) {
				if (reader.next().hashId() != null) {
					n++;
				}
			}
		}
		return n;
	}

	/**
	 * Hash IDs per second of openepcis on the document. Its stream now and then
	 * waits forever for an event that never comes (once in about 30 runs here,
	 * no other thread left working): such an attempt is dropped and made again.
	 */
	private static double openEpcisPerSecond(byte[] doc) throws Exception {
		for (int attempt = 1;; attempt++) {
			ExecutorService thread = Executors.newSingleThreadExecutor();
			try {
				return thread.submit(() -> {
					long t0 = System.nanoTime();
					long n = new EventHashGenerator().fromJson(new ByteArrayInputStream(doc), "sha-256").subscribe()
							.asStream().count();
					return n / seconds(t0);
				}).get(1, TimeUnit.MINUTES);
			} catch (TimeoutException e) {
				if (attempt == 3) {
					throw new IllegalStateException("openepcis hung in three attempts", e);
				}
				System.err.println("openepcis hung; attempt " + (attempt + 1));
			} finally {
				thread.shutdownNow();
			}
		}
	}

	// ---- ingest_events_per_s against a raw H2 batch insert ----

	private static void ingest(ScratchDirectory work) throws SQLException {
		// Only the baseline's rows stay in memory, not 103,030 parsed events: their
		// trees would be garbage collection work for whichever side runs first.
		List<RawRow> rows = events(8000, 2).stream().map(RawRow::of).toList();
		List<String> json = rows.stream().map(RawRow::json).toList();
		// Each side runs on all the events first. After one such run, the JIT still spent 1.7-2.0 s
		// compiling in the next (0.5-0.6 s after three), which then made 16,680-19,533 events/s
		// against 21,376-23,619 for the two after it.
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			ingestOurs(work.resolve("ingest-warm-up-" + i), json);
			ingestRaw(work.resolve("raw-warm-up-" + i), rows);
		}
		// Then the measured runs, taken in turns, and their medians: one run of about
		// 5 s moved by up to 20% with the machine's load.
		double[] ours = new double[MEASURED_RUNS];
		double[] cpu = new double[MEASURED_RUNS];
		double[] writerBusy = new double[MEASURED_RUNS];
		double[] jit = new double[MEASURED_RUNS];
		double[] raw = new double[MEASURED_RUNS];
		for (int i = 0; i < MEASURED_RUNS; i++) {
			long jit0 = JIT.getTotalCompilationTime();
			IngestRun run = ingestOurs(work.resolve("ingest-" + i), json);
			jit[i] = JIT.getTotalCompilationTime() - jit0;
			ours[i] = run.eventsPerSecond();
			cpu[i] = run.cpuMicrosPerEvent();
			writerBusy[i] = run.writerBusy();
			raw[i] = ingestRaw(work.resolve("raw-" + i), rows);
		}
		double rawMedian = median(raw);
		print("ingest_events", json.size(), "events");
		print("ingest_events_per_s", median(ours), "events/s");
		print("ingest_events_per_s_min", Arrays.stream(ours).min().orElseThrow(), "events/s");
		print("ingest_events_per_s_max", Arrays.stream(ours).max().orElseThrow(), "events/s");
		// Whether the process or its writing thread bounds ingest: wall time moves with the
		// machine's load more than with a change, CPU an event less.
		print("ingest_cpu_per_event_us", median(cpu), "us");
		print("ingest_writer_busy_ratio", median(writerBusy), "x");
		// Whether the measured runs ran compiled code: the JIT's time during one of them.
		print("ingest_jit_ms", median(jit), "ms");
		print("ingest_raw_per_s", rawMedian, "events/s");
		print("ingest_vs_raw_ratio", median(ours) / rawMedian, "x");
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/**
	 * One measured ingest.
	 *
	 * @param cpuMicrosPerEvent the process's CPU time (every thread, the garbage collector's too) per event
	 * @param writerBusy        the writing thread's CPU time over the wall time
	 */
	private record IngestRun(double eventsPerSecond, double cpuMicrosPerEvent, double writerBusy) {
	}

	/** An event as the baseline inserts it: every value computed beforehand. */
	private record RawRow(byte[] hashId, String type, OffsetDateTime eventTime, String bizStep, String json) {
		static RawRow of(EpcisEvent e) {
			return new RawRow(e.hashId().digest(), e.type().name(), e.eventTime().atOffset(e.timeZone()), e.bizStep(),
					e.jsonText());
		}
	}

	/**
	 * Ours, events per second: parse and check each event and compute its hash ID
	 * (read ahead on a second thread, as an import does), store it with its items
	 * and outbox row.
	 */
	private static IngestRun ingestOurs(Path database, List<String> json) {
		try (TraceStore store = TraceStore.open(TraceStore.workspaceUrl(database))) {
			long t0 = System.nanoTime();
			long process0 = PROCESS.getProcessCpuTime();
			long writer0 = THREADS.getCurrentThreadCpuTime();
			try (ReadAhead<EpcisEvent> parsed = new ReadAhead<>(json.stream()
					.map(j -> EpcisEvent.of(parse(j), EpcisContext.STANDARD_ONLY, "event")).iterator(), 1024, "parse",
					EpcisEvent::jsonText)) {
				store.save(List.of(), () -> parsed);
			}
			long wall = System.nanoTime() - t0;
			return new IngestRun(json.size() / (wall / 1e9), (PROCESS.getProcessCpuTime() - process0) / 1e3 / json.size(),
					(double) (THREADS.getCurrentThreadCpuTime() - writer0) / wall);
		}
	}

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

	/** Baseline, events per second: the same event rows, already computed, in one JDBC batch insert. */
	private static double ingestRaw(Path database, List<RawRow> rows) throws SQLException {
		try (Connection c = DriverManager.getConnection(TraceStore.workspaceUrl(database))) {
			c.createStatement().execute("CREATE TABLE epcis_event (id BIGINT PRIMARY KEY, hash_id BINARY(32) UNIQUE, "
					+ "event_type VARCHAR(30), event_time TIMESTAMP WITH TIME ZONE, biz_step VARCHAR(300), json VARCHAR(1000000))");
			c.setAutoCommit(false);
			long t0 = System.nanoTime();
			try (PreparedStatement p = c.prepareStatement("INSERT INTO epcis_event VALUES (?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < rows.size(); i++) {
					RawRow row = rows.get(i);
					p.setLong(1, i);
					p.setBytes(2, row.hashId());
					p.setString(3, row.type());
					p.setObject(4, row.eventTime());
					p.setString(5, row.bizStep());
					p.setString(6, row.json());
					p.addBatch();
					if (i % 1000 == 999) {
						p.executeBatch();
					}
				}
				p.executeBatch();
			}
			c.commit();
			return rows.size() / seconds(t0);
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ObjectNode parse(String json) {
		try {
			return (ObjectNode) JSON.readTree(json);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---- trace_p95_ms in a store of a million events ----

	private static void trace(ScratchDirectory work, int storeEvents) throws SQLException {
		String url = TraceStore.workspaceUrl(work.resolve("trace"));
		try (TraceStore store = TraceStore.open(url)) {
			long t0 = System.nanoTime();
			GeneratedData.Counts counts = GeneratedData.generate(store, 3, CLOCK, 3650, storeEvents / 12); // about 13 events a chain
			String lot = GeneratedData.deepLineage(store);
			print("trace_store_events", store.events().count(), "events");
			print("trace_store_fill_s", seconds(t0), "s");
			String mill = GeneratedData.wideLineage(store, "RC", 2510, 12_550);
			// The store fills the events' facts on a thread of its own after each write run; the first
			// credit read waits for what is left. Before any timed read: the filler would share the CPU.
			long t1 = System.nanoTime();
			store.credit().monthly(CREDIT_NOBODY, CreditPolicy.DEFAULTS);
			print("credit_facts_wait_s", seconds(t1), "s");
			int traced = store.traces().trace(lot).all().events().size();
			// Warm-up: H2's page cache and the JIT. After 20 traces the measured ones still ran
			// while the JIT compiled the read path (median 10-11 ms, 4-5 ms once compiled).
			for (int i = 0; i < 200; i++) {
				store.traces().trace(lot);
			}
			long[] ms = new long[100];
			for (int i = 0; i < ms.length; i++) {
				long t = System.nanoTime();
				store.traces().trace(lot);
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			Arrays.sort(ms);
			print("trace_lineage_events", traced, "events");
			print("trace_p95_ms", ms[(int) Math.ceil(ms.length * 0.95) - 1], "ms");
			print("trace_median_ms", ms[ms.length / 2], "ms");
			recall(store, mill);
			holdings(store, url);
			credit(store, url);
			if (counts.events() == 0) {
				throw new IllegalStateException("nothing generated");
			}
		}
	}

	/**
	 * recall_impact_ms: the recall of a milled rice lot packed into 1,003 lots,
	 * each shipped to a shop (1,003 recipients), in the same store. Its
	 * baseline, the trace of the deep lineage, is printed above.
	 */
	private static void recall(TraceStore store, String mill) {
		long shops = store.traces().recall(mill).recipients().stream().filter(r -> r.how() == RecallImpact.Arrival.DELIVERED).count();
		for (int i = 0; i < 10; i++) {
			store.traces().recall(mill);
		}
		long[] ms = new long[30];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			store.traces().recall(mill);
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(ms);
		print("recall_recipients", shops, "shops");
		print("recall_impact_ms", ms[(int) Math.ceil(ms.length * 0.95) - 1], "ms");
		print("recall_impact_median_ms", ms[ms.length / 2], "ms");
	}

	/** What the store's holdings read before every lot's custody was core's CustodyChain: one aggregate, a holder per lot. */
	private static final String AGGREGATE_HOLDINGS = "SELECT a.item, a.created - a.consumed FROM (SELECT i.item, "
			+ "COALESCE(SUM(CASE WHEN i.role = 'output' OR (i.role = 'quantity' AND e.action = 'ADD' "
			+ "AND e.event_type = 'ObjectEvent') THEN i.quantity END), 0) created, "
			+ "COALESCE(SUM(CASE WHEN i.role = 'input' THEN i.quantity END), 0) consumed "
			+ "FROM event_item i JOIN epcis_event e ON e.id = i.event_id AND e.error_declaration IS NULL "
			+ "WHERE i.item LIKE 'https://id.gs1.org/01/%/10/%' GROUP BY i.item) a WHERE a.created > a.consumed";

	/**
	 * holdings_all_ms: every lot's places on hand and shipments on their way in
	 * the store of a million events, what the navigator and the Record Event
	 * wizard read; its baseline, the single aggregate that gave one holder and
	 * quantity per lot before, run on the same store.
	 */
	private static void holdings(TraceStore store, String url) throws SQLException {
		long[] ours = new long[5];
		long[] aggregate = new long[5];
		int places = 0;
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			for (int i = 0; i < ours.length; i++) {
				long t = System.nanoTime();
				places = store.holdings().all().onHand().size();
				ours[i] = (System.nanoTime() - t) / 1_000_000;
				t = System.nanoTime();
				try (PreparedStatement p = c.prepareStatement(AGGREGATE_HOLDINGS); var r = p.executeQuery()) {
					while (r.next()) {
						r.getString(1);
					}
				}
				aggregate[i] = (System.nanoTime() - t) / 1_000_000;
			}
		}
		Arrays.sort(ours);
		Arrays.sort(aggregate);
		print("holdings_places", places, "places");
		print("holdings_all_ms", ours[ours.length / 2], "ms");
		print("holdings_aggregate_ms", aggregate[aggregate.length / 2], "ms");
		print("holdings_vs_aggregate_ratio", (double) ours[ours.length / 2] / aggregate[aggregate.length / 2], "x");
	}

	/**
	 * credit_profile_ms: the profile of the organisation whose records come
	 * nearest 100,000 in a store of a million, every record verified (in SQL,
	 * beside the store), month by month as the workbench reads it;
	 * credit_ranking_ms: every organisation's.
	 */
	private static void credit(TraceStore store, String url) throws SQLException {
		long t0 = System.nanoTime();
		int verified;
		try (Connection c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
			verified = s.executeUpdate("UPDATE anchor_outbox SET verdict = 'VERIFIED'");
		}
		print("credit_verdicts_s", seconds(t0), "s");
		CreditPolicy policy = CreditPolicy.DEFAULTS;
		long[] ranking = new long[5];
		Map<String, CreditCounts> all = null;
		for (int i = 0; i < ranking.length; i++) {
			long t = System.nanoTime();
			all = store.credit().all(policy);
			ranking[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Map.Entry<String, CreditCounts> busiest = all.entrySet().stream()
				.min(Comparator.comparingLong(e -> Math.abs(e.getValue().records() - 100_000))).orElseThrow();
		for (int i = 0; i < 5; i++) {
			profile(store, busiest.getKey(), policy);
		}
		long[] ms = new long[20];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			profile(store, busiest.getKey(), policy);
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(ms);
		Arrays.sort(ranking);
		print("credit_verified_records", verified, "records");
		print("credit_profile_records", busiest.getValue().records(), "records");
		print("credit_profile_ms", ms[(int) Math.ceil(ms.length * 0.95) - 1], "ms");
		print("credit_profile_median_ms", ms[ms.length / 2], "ms");
		print("credit_ranking_ms", ranking[ranking.length / 2], "ms");
	}

	private static CreditProfile profile(TraceStore store, String party, CreditPolicy policy) {
		CreditCounts counts = store.credit().monthly(party, policy).values().stream().reduce(CreditCounts.NONE,
				CreditCounts::plus);
		return CreditProfile.of(party, counts, policy);
	}

	// ---- import_100mb_s in a JVM limited to 256 MB heap ----

	private static void importLarge(ScratchDirectory work) throws Exception {
		Path file = work.resolve("import-100mb.jsonld");
		long size = writeLargeDocument(file, 100L * 1024 * 1024);
		Path workspace = work.resolve("import");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ImportMain.class.getName(), file.toString(), workspace.toString()).inheritIO();
		long t0 = System.nanoTime();
		int exit = child.start().waitFor();
		double s = seconds(t0);
		if (exit != 0) {
			throw new IllegalStateException("import in 256 MB failed with exit code " + exit);
		}
		print("import_100mb_bytes", size, "bytes");
		print("import_100mb_s", s, "s");
	}

	private static long writeLargeDocument(Path file, long bytes) throws IOException {
		try (OutputStream out = Files.newOutputStream(file);
				EpcisDocumentWriter writer = new EpcisDocumentWriter(out, Map.of(), Instant.now())) {
			long seed = 100;
			while (Files.size(file) < bytes) {
				for (EpcisEvent e : events(2000, seed++)) {
					writer.write(e);
				}
				out.flush();
			}
		}
		return Files.size(file);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private CoreBenchmark() {
	}

	/** Child process of import_100mb_s: imports one file into one workspace. */
	public static final class ImportMain {
		public static void main(String[] args) throws IOException {
			try (TraceStore store = TraceStore.openWorkspace(Path.of(args[1]));
					InputStream in = Files.newInputStream(Path.of(args[0]))) {
				var result = store.importer().importDocument(in, false, () -> false);
				System.out.printf("import_100mb_events: %d events%n", result.inserted());
			}
		}

		private ImportMain() {
		}
	}
}
