package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.LineageLayout;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.GeneratedData;
import io.agritrace.service.LotStories;
import io.agritrace.store.DashboardRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.dashboard.DashboardBot;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * {@code bench/run ui}: the workbench's figures, measured in a running
 * workbench on a store the benchmark fills once (its workspace is kept in
 * bench/target). Not part of the test suite (its name does not end in Test);
 * {@code bench.ui.phase} chooses what it measures, as each figure wants a
 * store of its own size: {@code editor} (a store of a million events: the
 * Batch editor, its Provenance page, the lineage's layout and the dashboard) or
 * {@code navigator} (10,000 batches, and the Record Event wizard). Prints
 * {@code name: value unit} lines.
 */
class UiBenchmark extends WorkbenchTestCase {

	private static final Clock CLOCK = Clock.systemDefaultZone();
	private static final int WARM_UP = 5;
	private static final int MEASURED = 40;
	private static final int NAVIGATOR_BATCHES = 10_000;
	private static final String DASHBOARD = "io.agritrace.ui.commands.openDashboard"; //$NON-NLS-1$

	@Test
	void measure() throws Exception {
		// bench/run passes the kept store through tycho.testArgLine; a pom's argLine that drops it would refill a fresh one.
		if (System.getProperty("agritrace.jdbc.url") == null) { //$NON-NLS-1$
			throw new IllegalStateException("agritrace.jdbc.url is not set: the argLine lost tycho.testArgLine"); //$NON-NLS-1$
		}
		switch (System.getProperty("bench.ui.phase", "")) { //$NON-NLS-1$ //$NON-NLS-2$
		case "editor" -> { //$NON-NLS-1$
			editorOpen();
			provenanceOpen();
			dashboardOpen();
		}
		case "navigator" -> { //$NON-NLS-1$
			navigatorFilter();
			recordEvent();
		}
		default -> throw new IllegalStateException("bench.ui.phase is editor or navigator"); //$NON-NLS-1$
		}
	}

	/** editor_open_ms: opening the Batch editor on a 1,000-event trace until its pages show it. */
	private void editorOpen() throws Exception {
		TraceStore store = store();
		int target = Integer.getInteger("bench.storeEvents", 1_000_000); //$NON-NLS-1$
		if (store.events().count() == 0) {
			long t0 = System.nanoTime();
			GeneratedData.deepLineage(store);
			GeneratedData.generate(store, 3, CLOCK, 3650, target / 12); // about 13 events a chain
			print("editor_store_fill_s", (System.nanoTime() - t0) / 1e9, "s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Wide wide : Wide.values()) {
			if (store.traces().trace(wide.batch().code()).all().events().isEmpty()) {
				GeneratedData.wideLineage(store, wide.prefix, wide.lots, wide.events);
			}
		}
		ProductBatch deep = GeneratedData.deepLineageBatch(CLOCK);
		print("editor_store_events", store.events().count(), "events"); //$NON-NLS-1$ //$NON-NLS-2$
		print("editor_trace_events", store.traces().trace(deep.code()).all().events().size(), "events"); //$NON-NLS-1$ //$NON-NLS-2$
		waitForJobs(10 * TIMEOUT_MS);
		awaitFacts("editor"); //$NON-NLS-1$
		long[] ms = new long[MEASURED];
		for (int i = -WARM_UP; i < MEASURED; i++) {
			long t = System.nanoTime();
			BatchEditorBot.of(page.openEditor(new BatchEditorInput(deep), BatchEditorInput.EDITOR_ID)).loaded();
			processEvents();
			if (i >= 0) {
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			page.closeAllEditors(false);
			processEvents();
		}
		printPercentiles("editor_open", ms);
		// Baseline: the same trace read from the store alone, without the editor.
		long[] read = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long t = System.nanoTime();
			store.traces().trace(deep.code());
			read[i] = (System.nanoTime() - t) / 1_000_000;
		}
		printPercentiles("editor_baseline_trace_read", read); //$NON-NLS-1$
		// What the editor's Job reads: the trace, and what its pages name.
		long[] story = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long t = System.nanoTime();
			new LotStories(store).read(deep.code(), Locale.ENGLISH);
			story[i] = (System.nanoTime() - t) / 1_000_000;
		}
		printPercentiles("editor_story_read", story); //$NON-NLS-1$
	}

	/** The wide lineages the Provenance page is measured on. */
	private enum Wide {
		SIXTY("WIDE60-", 60, 1000), TWO_HUNDRED("WIDE200-", 200, 2000); //$NON-NLS-1$ //$NON-NLS-2$

		final String prefix;
		final int lots;
		final int events;

		Wide(String prefix, int lots, int events) {
			this.prefix = prefix;
			this.lots = lots;
			this.events = events;
		}

		ProductBatch batch() {
			return GeneratedData.wideLineageBatch(CLOCK, prefix);
		}
	}

	/**
	 * provenance_open_ms: opening the Batch editor on a lot whose trace has
	 * 1,000 events and 60 lots, and its Provenance page, until every chart is
	 * drawn; lineage_layout_ms: ELK's layout of a 200-lot lineage (a node for
	 * each lot at each place: about 280), against the 60-lot one.
	 */
	private void provenanceOpen() throws Exception {
		ProductBatch wide = Wide.SIXTY.batch();
		print("provenance_trace_events", store().traces().trace(wide.code()).all().events().size(), "events"); //$NON-NLS-1$ //$NON-NLS-2$
		long[] ms = new long[MEASURED];
		LineageGraph sixty = null;
		for (int i = -WARM_UP; i < MEASURED; i++) {
			long t = System.nanoTime();
			sixty = BatchEditorBot.of(page.openEditor(new BatchEditorInput(wide), BatchEditorInput.EDITOR_ID)).loaded()
					.provenanceDrawn();
			if (i >= 0) {
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			page.closeAllEditors(false);
			processEvents();
		}
		print("provenance_lineage_nodes", sixty.nodes().size(), "nodes"); //$NON-NLS-1$ //$NON-NLS-2$
		printPercentiles("provenance_open", ms); //$NON-NLS-1$

		LineageGraph twoHundred = BatchEditorBot
				.of(page.openEditor(new BatchEditorInput(Wide.TWO_HUNDRED.batch()), BatchEditorInput.EDITOR_ID)).loaded()
				.provenanceDrawn();
		page.closeAllEditors(false);
		print("lineage_layout_nodes", twoHundred.nodes().size(), "nodes"); //$NON-NLS-1$ //$NON-NLS-2$
		printPercentiles("lineage_layout", layouts(twoHundred)); //$NON-NLS-1$
		printPercentiles("lineage_baseline_layout_60", layouts(sixty)); //$NON-NLS-1$
	}

	/**
	 * dashboard_open_ms: opening the dashboard on the store of a million events
	 * (its last 30 days) until its figures and charts are drawn, the events'
	 * facts filled (editor_facts_wait_s).
	 */
	private void dashboardOpen() {
		long[] ms = new long[MEASURED / 4];
		for (int i = -WARM_UP; i < ms.length; i++) {
			long t = System.nanoTime();
			execute(DASHBOARD);
			DashboardBot.loaded(page.getActiveEditor());
			if (i >= 0) {
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			page.closeAllEditors(false);
			processEvents();
		}
		printPercentiles("dashboard_open", ms); //$NON-NLS-1$
	}

	private static long[] layouts(LineageGraph graph) {
		LineageLayout layout = new LineageLayout(ChartTheme.standard());
		long[] ms = new long[MEASURED / 4];
		for (int i = -WARM_UP; i < ms.length; i++) {
			long t = System.nanoTime();
			layout.place(graph);
			if (i >= 0) {
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
		}
		return ms;
	}

	/** navigator_filter_ms: one keystroke of the navigator's filter over 10,000 batches, until the tree is drawn. */
	private void navigatorFilter() {
		TraceStore store = store();
		if (store.batches().count() < NAVIGATOR_BATCHES) {
			// Most chains register two batches; a few only one.
			GeneratedData.generate(store, 7, CLOCK, 3650, NAVIGATOR_BATCHES * 53 / 100);
		}
		awaitFacts("navigator"); //$NON-NLS-1$
		NavigatorBot navigator = NavigatorBot.show(page).refresh();
		int batches = store.batches().count();
		waitUntil("the batches listed", 10 * TIMEOUT_MS, () -> navigator.rows() == batches); //$NON-NLS-1$
		print("navigator_batches", batches, "batches"); //$NON-NLS-1$ //$NON-NLS-2$
		// What a clerk types: a trace code, a county, a lot, each a keystroke at a time, then clears it.
		ProductBatch some = navigator.batch(batches / 2);
		List<String> typed = List.of(some.traceCode().toLowerCase(Locale.ROOT), "meihekou", some.lot()); //$NON-NLS-1$
		List<Long> ms = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (String word : typed) {
				for (int n = 1; n <= word.length(); n++) {
					ms.add(keystroke(navigator, word.substring(0, n)));
				}
				ms.add(keystroke(navigator, "")); //$NON-NLS-1$
			}
		}
		long[] measured = ms.stream().skip(ms.size() / 3).mapToLong(Long::longValue).toArray(); // the first round warms up
		printPercentiles("navigator_filter", measured); //$NON-NLS-1$
	}

	private static long keystroke(NavigatorBot navigator, String filter) {
		long t = System.nanoTime();
		navigator.filter(filter);
		processEvents();
		return (System.nanoTime() - t) / 1_000_000;
	}

	/** record_event_ms: Finish of the Record Event wizard until the event is stored. */
	private void recordEvent() {
		PaddyChain chain = new PaddyChain(new FreshIds("690997"), "B", store()); //$NON-NLS-1$ //$NON-NLS-2$
		long[] ms = new long[MEASURED];
		for (int i = -WARM_UP; i < MEASURED; i++) {
			// A quantity of its own each time: the same event twice would be one hash ID, refused.
			WizardBot wizard = WizardBot.open(RecordEventWizard.ID).choose(StepPage.FIELD_ACTOR, "C" + chain.suffix) //$NON-NLS-1$
					.choose(StepPage.FIELD_STEP, EventStep.STORING.label()).next()
					.choose(EventPage.FIELD_LOT, "B" + chain.suffix) //$NON-NLS-1$
					.type(EventPage.FIELD_QUANTITY, String.valueOf(900 + WARM_UP + i)).next();
			assertNull(wizard.error());
			long t = System.nanoTime();
			wizard.stored();
			long took = (System.nanoTime() - t) / 1_000_000;
			assertEquals("recorded", wizard.pageName(), String.valueOf(wizard.error())); //$NON-NLS-1$
			if (i >= 0) {
				ms[i] = took;
			}
			wizard.cancel();
			waitForJobs(TIMEOUT_MS);
		}
		print("record_store_events", store().events().count(), "events"); //$NON-NLS-1$ //$NON-NLS-2$
		printPercentiles("record_event", ms); //$NON-NLS-1$
		// Baseline: the same kind of event recorded through the store alone, without the wizard.
		long[] direct = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			EpcisEvent storing = StepEvents.storing(chain.harvested.plusHours(1).plusMinutes(i), chain.paddy,
					BigDecimal.valueOf(800 + i), "KGM", chain.field).build(); //$NON-NLS-1$
			long t = System.nanoTime();
			store().importer().record(storing);
			direct[i] = (System.nanoTime() - t) / 1_000_000;
		}
		printPercentiles("record_baseline_store", direct); //$NON-NLS-1$
	}

	/**
	 * PHASE_facts_wait_s: how long the first dashboard figures waited for the
	 * facts the store fills in the background after writes, or when it opens
	 * with events that lack them. Before any timed figure, so that the filler
	 * does not share the CPU with it.
	 */
	private void awaitFacts(String phase) {
		long t0 = System.nanoTime();
		store().dashboard().figures(new DashboardRepository.Filter(Instant.now().minus(Duration.ofDays(30)), Instant.now(),
				null, null));
		print(phase + "_facts_wait_s", (System.nanoTime() - t0) / 1e9, "s"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void printPercentiles(String name, long[] ms) {
		long[] sorted = ms.clone();
		Arrays.sort(sorted);
		print(name + "_ms", sorted[(int) Math.ceil(sorted.length * 0.95) - 1], "ms"); //$NON-NLS-1$ //$NON-NLS-2$
		print(name + "_median_ms", sorted[sorted.length / 2], "ms"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void print(String name, Object value, String unit) {
		System.out.println(name + ": " //$NON-NLS-1$
				+ (value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value) //$NON-NLS-1$
				+ ' ' + unit);
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
