package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.LineageLayout;
import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.demo.GeneratedData;
import io.agritrace.service.LotStories;
import io.agritrace.service.RecordingChoices;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.DashboardRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.JobFamilies;
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
 * Batch editor, its Provenance page, the lineage's layout and the dashboard),
 * {@code navigator} (10,000 batches, and the Record Event wizard's Finish) or
 * {@code recording} (a clerk's shipments on a store of 10,000 batches: Ship…
 * counted in actions and timed, and 50 shipments entered in bulk). Prints
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
		case "recording" -> { //$NON-NLS-1$
			fillBatches();
			awaitFacts("recording"); //$NON-NLS-1$
			recordShipmentClicks();
			shipOpen();
			bulkShipments();
		}
		default -> throw new IllegalStateException("bench.ui.phase is editor, navigator or recording"); //$NON-NLS-1$
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
		fillBatches();
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

	/** The phase's store holds 10,000 batches, filled on its first run. */
	private void fillBatches() {
		if (store().batches().count() < NAVIGATOR_BATCHES) {
			// Most chains register two batches; a few only one.
			GeneratedData.generate(store(), 7, CLOCK, 3650, NAVIGATOR_BATCHES * 53 / 100);
		}
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
			assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
			if (i >= 0) {
				ms[i] = took;
			}
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
	 * record_shipment_clicks: a shipment of a lot the cooperative holds, from
	 * the navigator to the store, counted as a clerk's actions through the
	 * page objects (selecting the lot, Ship…, each field chosen or typed, Next,
	 * Finish), with nothing remembered from an earlier shipment;
	 * record_shipment_repeat_clicks: the next lot to the same receiver. Finding
	 * the lot (typing its number into the filter) is not counted.
	 */
	private void recordShipmentClicks() {
		PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecordEventWizard.class)).getDialogSettings()
				.addNewSection("RecordEventWizard"); //$NON-NLS-1$
		PaddyChain chain = new PaddyChain(new FreshIds("690996"), "S", store()); //$NON-NLS-1$ //$NON-NLS-2$
		String next = chain.harvestAnother(store(), "T" + chain.suffix); //$NON-NLS-1$
		print("record_shipment_clicks", ship(chain, chain.lot, true), "actions"); //$NON-NLS-1$ //$NON-NLS-2$
		print("record_shipment_repeat_clicks", ship(chain, Identifiers.lotNumber(next).orElseThrow(), false), //$NON-NLS-1$
				"actions"); //$NON-NLS-1$
	}

	/** The actions a clerk takes to ship the lot with this number from the navigator. */
	private int ship(PaddyChain chain, String lot, boolean chooseReceiver) {
		NavigatorBot navigator = NavigatorBot.show(page).refresh().filter(lot);
		waitUntil("the lot in the navigator", TIMEOUT_MS, () -> navigator.rows() == 1); //$NON-NLS-1$
		navigator.select(0).ship();
		int onTheNavigator = 2;
		WizardBot wizard = WizardBot.opened();
		assertEquals(EventStep.SHIPPING.name(), wizard.pageName());
		if (chooseReceiver) {
			wizard.choose(LotStepPage.FIELD_TO_PARTY, "M" + chain.suffix); //$NON-NLS-1$
		}
		wizard.next().finish();
		assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
		navigator.filter(""); //$NON-NLS-1$
		return onTheNavigator + wizard.actions();
	}

	/**
	 * record_ship_open_ms: Ship… on a lot in the navigator until the wizard's
	 * shipping page shows it chosen, among every lot its holder has, on a
	 * store of 10,000 batches (a drop-down of every lot took about 2 s);
	 * record_baseline_choices_read_ms: what the wizard reads, from the store
	 * alone.
	 */
	private void shipOpen() {
		int batches = store().batches().count();
		print("recording_batches", batches, "batches"); //$NON-NLS-1$ //$NON-NLS-2$
		NavigatorBot navigator = NavigatorBot.show(page).refresh();
		waitUntil("the batches listed", 10 * TIMEOUT_MS, () -> navigator.rows() == batches); //$NON-NLS-1$
		// A lot of the organisation that holds the most: its list is the longest a clerk scrolls.
		Map<String, List<CustodyChain.Stop>> byHolder = store().holdings().all().onHand().stream()
				.filter(s -> s.party() != null && s.held() != null && s.held().signum() > 0)
				.collect(Collectors.groupingBy(CustodyChain.Stop::party));
		List<CustodyChain.Stop> most = byHolder.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
		ProductBatch lot = store().batches().find(most.get(most.size() / 2).item()).orElseThrow();
		navigator.filter(lot.traceCode());
		waitUntil("the lot in the navigator", TIMEOUT_MS, () -> navigator.rows() == 1); //$NON-NLS-1$
		long[] ms = new long[MEASURED / 4];
		int offered = 0;
		for (int i = -WARM_UP; i < ms.length; i++) {
			long t = System.nanoTime();
			navigator.select(0).ship();
			WizardBot wizard = WizardBot.opened();
			waitUntil("the lot chosen", TIMEOUT_MS, () -> wizard.text(EventPage.FIELD_LOT).contains(lot.lot())); //$NON-NLS-1$
			processEvents();
			if (i >= 0) {
				ms[i] = (System.nanoTime() - t) / 1_000_000;
			}
			offered = wizard.items(EventPage.FIELD_LOT).size();
			wizard.cancel();
			processEvents();
		}
		navigator.filter(""); //$NON-NLS-1$
		print("record_ship_lots_offered", offered, "lots"); //$NON-NLS-1$ //$NON-NLS-2$
		printPercentiles("record_ship_open", ms); //$NON-NLS-1$
		long[] read = new long[MEASURED / 4];
		for (int i = 0; i < read.length; i++) {
			long t = System.nanoTime();
			RecordingChoices.read(store(), Locale.ENGLISH);
			read[i] = (System.nanoTime() - t) / 1_000_000;
		}
		printPercentiles("record_baseline_choices_read", read); //$NON-NLS-1$
	}

	/**
	 * bulk_50_shipments_ms: 50 shipments keyed in a spreadsheet, through File >
	 * Import: from Next (the preview checks every row) to the 50 events stored
	 * in one transaction; bulk_baseline_50_store_ms: the same 50 events recorded
	 * one at a time through the store alone.
	 */
	private void bulkShipments() throws Exception {
		PaddyChain chain = new PaddyChain(new FreshIds("690994"), "U", store()); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder csv = new StringBuilder(String.join(",", EventsCsv.COLUMNS)).append('\n'); //$NON-NLS-1$
		List<EpcisEvent> direct = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String lot = chain.harvestAnother(store(), "U" + chain.suffix + "-" + i); //$NON-NLS-1$ //$NON-NLS-2$
			String other = chain.harvestAnother(store(), "V" + chain.suffix + "-" + i); //$NON-NLS-1$ //$NON-NLS-2$
			String number = Identifiers.lotNumber(lot).orElseThrow();
			csv.append(String.join(",", "shipping", chain.paddyGtin, number, //$NON-NLS-1$ //$NON-NLS-2$
					"900", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
					gln(chain.coop), gln(chain.field), gln(chain.mill), gln(chain.millSite), chain.harvested.plusHours(2).toString()))
					.append('\n');
			direct.add(StepEvents.shipping(chain.harvested.plusHours(2), other, BigDecimal.valueOf(900), "KGM", //$NON-NLS-1$
					new StepEvents.Handover(chain.coop, chain.field, chain.mill, chain.millSite)).build());
		}
		Path file = Files.createTempFile("bulk", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(file, csv);
		long eventsBefore = store().events().count();
		WizardBot wizard = WizardBot.openImport(ImportWizard.ID).type(ImportFilePage.FIELD_FILE, file.toString());
		long t = System.nanoTime();
		wizard.next();
		waitUntil("the preview", TIMEOUT_MS, wizard::canFinish); //$NON-NLS-1$
		wizard.finish();
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		long took = (System.nanoTime() - t) / 1_000_000;
		assertEquals(eventsBefore + 50, store().events().count(), "the 50 shipments are stored"); //$NON-NLS-1$
		print("bulk_50_shipments_ms", took, "ms"); //$NON-NLS-1$ //$NON-NLS-2$
		closeMessages();
		long t0 = System.nanoTime();
		direct.forEach(store().importer()::record);
		print("bulk_baseline_50_store_ms", (System.nanoTime() - t0) / 1_000_000, "ms"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.delete(file);
	}

	private static String gln(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	/** The import's closing message, which the workbench shows once its Job is done. */
	private static void closeMessages() {
		waitUntil("the import's message", TIMEOUT_MS, () -> Arrays.stream(Display.getCurrent().getShells()) //$NON-NLS-1$
				.anyMatch(s -> s.getData() instanceof MessageDialog));
		Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData() instanceof MessageDialog)
				.forEach(s -> ((MessageDialog) s.getData()).close());
	}

	/**
	 * PHASE_facts_wait_s: how long the first dashboard figures waited for the
	 * facts the store fills in the background after writes, or when it opens
	 * with events that lack them. Before any timed figure, so that the filler
	 * does not share the CPU with it.
	 */
	private void awaitFacts(String phase) {
		long t0 = System.nanoTime();
		store().dashboard().figures(DashboardRepository.Filter.lastDays(30, WorkspaceZone.clock(), null, null));
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
