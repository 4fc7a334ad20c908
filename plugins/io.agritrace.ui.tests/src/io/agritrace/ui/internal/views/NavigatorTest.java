package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.service.Categories;
import io.agritrace.service.LotVerdict;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.BatchEditorBot;

/** The navigator over a workspace with batches (the demo data, loaded if it is not there yet). */
class NavigatorTest extends WorkbenchTestCase {

	private NavigatorBot navigator;

	@Override
	protected void setUp() {
		navigator = NavigatorBot.show(page).withBatches();
	}

	@Test
	void loadingDemoDataTwiceAddsNothing() {
		int before = navigator.rows();
		navigator.loadDemoData();
		assertEquals(before, navigator.rows());
	}

	@Test
	void refreshShowsBatchesThatAnotherProgramStored() {
		int before = navigator.rows();
		// Written behind the workbench's back, as agritrace-cli would: nothing tells the navigator.
		TraceStore store = service(WorkspaceStore.class).get();
		DemoDataSet later = new DemoDataSet(Clock.fixed(Instant.parse("2025-09-01T02:00:00Z"), ZoneOffset.ofHours(8)));
		later.saveTo(store);
		waitForJobs(TIMEOUT_MS);
		assertEquals(before, navigator.rows(), "no Job said the store changed");
		navigator.refresh();
		waitUntil("the new batches listed", TIMEOUT_MS, () -> navigator.rows() == before + later.batches().size());
	}

	@Test
	void theFilterKeepsTheBatchesThatMatchEveryWordTyped() throws Exception {
		int all = navigator.rows();
		ProductBatch first = navigator.batch(0);
		long fromThatCounty = IntStream.range(0, all).mapToObj(navigator::batch)
				.filter(b -> b.originDivision().equals(first.originDivision())).count();
		navigator.filter(first.traceCode().toLowerCase());
		assertEquals(1, navigator.rows(), "a trace code names one batch");
		assertEquals(first, navigator.batch(0));

		String county = Divisions.name(first.originDivision(), WorkbenchLanguage.current());
		navigator.filter(county + " " + first.lot());
		assertEquals(1, navigator.rows(), "every word must match");
		navigator.filter(first.originDivision());
		assertEquals(fromThatCounty, navigator.rows());
		screenshot("navigator-filter");
		navigator.filter("");
		assertEquals(all, navigator.rows());
	}

	/**
	 * The code a label carries is seen beside the lot, not scrolled off to the right; and each lot's name reads
	 * whole beside them ("Changbai Mountain g..." at 1280 px in English).
	 */
	@Test
	void theTraceCodeIsSeenBesideTheLotAndTheNameWhole() throws Exception {
		int traceCode = navigator.column(Messages.BatchNavigator_columnTraceCode);
		assertEquals(navigator.column(Messages.BatchNavigator_columnLot) + 1, traceCode);
		assertEquals(navigator.batch(0).traceCode(), navigator.cell(0, traceCode));
		assertTrue(navigator.seesWhole(Messages.BatchNavigator_columnTraceCode), "the trace code column is in sight");
		assertEquals(List.of(), navigator.namesCut(), "every lot's name whole");
		screenshot("navigator-trace-code");
	}

	@Test
	void theFilterFindsTheBatchesAnOrganisationProduced() {
		TraceStore store = service(WorkspaceStore.class).get();
		String coop = store.masterData().partyName(JilinMasterData.MEIHE_COOP.uri(), WorkbenchLanguage.current());
		Set<String> produced = store.batches().list().stream()
				.filter(b -> JilinMasterData.MEIHE_COOP.uri().equals(b.producer())).map(ProductBatch::code)
				.collect(Collectors.toSet());
		assertTrue(!produced.isEmpty(), "the demo's cooperative produced its paddy");

		navigator.filter(coop);
		waitUntil("the filter applied", TIMEOUT_MS, () -> IntStream.range(0, navigator.rows())
				.mapToObj(navigator::batch).map(ProductBatch::code).collect(Collectors.toSet()).containsAll(produced));
		navigator.filter("");
	}

	@Test
	void openingABatchShowsItsChartAndItsWholeTrace() throws Exception {
		BatchEditorBot editor = navigator.open(0).loaded();
		String code = navigator.batch(0).code();
		List<EpcisEvent> events = service(WorkspaceStore.class).get().traces().trace(code).all().events();
		assertEquals(events.size(), editor.timelineRows());
		editor.selectEvent(events.get(0).hashId());
		assertTrue(editor.eventDetails().contains(events.get(0).preHash()), "the pre-hash string an auditor re-hashes");
		// The anchor as the editor read it: pending then, or where it is now (an anchor does not move).
		OutboxRepository.Anchor now = service(WorkspaceStore.class).get().outbox().anchors(List.of(events.get(0).hashId()))
				.get(events.get(0).hashId());
		String transaction = now.transaction() == null ? "" : now.transaction().hex();
		assertTrue(
				Stream.of(io.agritrace.ui.internal.editors.Messages.Trace_anchorPending,
						NLS.bind(io.agritrace.ui.internal.editors.Messages.Trace_anchorInFlight, transaction),
						NLS.bind(io.agritrace.ui.internal.editors.Messages.Trace_anchoredIn, now.block(), transaction))
						.anyMatch(editor.eventDetails()::contains),
				"the anchor's proof: " + editor.eventDetails());
		screenshot("editor-event-details");
	}

	@Test
	void batchesGroupByCategoryCountyOrHolderUnderHeadingsThatCountThem() throws Exception {
		TraceStore store = service(WorkspaceStore.class).get();
		Map<String, String> categories = store.masterData().products().stream()
				.collect(Collectors.toMap(Product::gtin, p -> Categories.name(p.category(), WorkbenchLanguage.current()), (a, b) -> a));
		List<ProductBatch> all = IntStream.range(0, navigator.rows()).mapToObj(navigator::batch).toList();

		navigator.groupBy(Messages.BatchNavigator_byCategory);
		assertEquals(headings(all, b -> categories.get(b.gtin().toString())), Set.copyOf(navigator.headings()));
		String rice = Categories.name("rice", WorkbenchLanguage.current());
		assertTrue(navigator.under(rice).stream().allMatch(t -> t.matches(".+ \\(\\d+\\)|.+\uff08\\d+\uff09")),
				"under a category, its products with their counts: " + navigator.under(rice));
		screenshot("navigator-by-category");

		navigator.groupBy(Messages.BatchNavigator_byCounty);
		Locale language = WorkbenchLanguage.current();
		assertEquals(headings(all, b -> Divisions.name(b.originDivision(), language)), Set.copyOf(navigator.headings()));

		navigator.groupBy(Messages.BatchNavigator_byHolder);
		Map<String, Set<String>> byHolder = new HashMap<>();
		Set<String> codes = all.stream().map(ProductBatch::code).collect(Collectors.toSet());
		store.holdings().all().onHand().stream().filter(s -> codes.contains(s.item()))
				.forEach(s -> byHolder.computeIfAbsent(store.masterData().partyName(s.party(), language), h -> new HashSet<>())
						.add(s.item()));
		Set<String> expected = new HashSet<>();
		byHolder.forEach((holder, lots) -> expected.add(NLS.bind(Messages.BatchNavigator_group, holder, lots.size())));
		Set<String> headings = new HashSet<>(navigator.headings());
		assertTrue(headings.containsAll(expected), "a heading for each holder of some of a lot, counting its lots: " + headings);
		headings.removeAll(expected);
		long gone = all.stream().filter(b -> store.holdings().lot(b.code()).onHand().isEmpty()).count();
		assertEquals(gone == 0 ? Set.of() : Set.of(gone), headings.stream()
				.map(h -> Long.parseLong(h.replaceAll(".*[(\uff08](\\d+)[)\uff09]$", "$1"))).collect(Collectors.toSet()),
				"and one for the lots nobody holds: " + headings);
		screenshot("navigator-by-holder");

		navigator.filter(all.get(0).traceCode());
		assertEquals(1, navigator.headings().size(), "only the heading of the one batch left");
		navigator.filter("");
		navigator.groupBy(Messages.BatchNavigator_byCategory);
	}

	/** The headings a grouping should show: each name with how many batches it holds. */
	private static Set<String> headings(List<ProductBatch> batches, Function<ProductBatch, String> key) {
		return batches.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
				.map(e -> NLS.bind(Messages.BatchNavigator_group, e.getKey(), e.getValue())).collect(Collectors.toSet());
	}

	@Test
	void eachBatchIsMarkedPendingUntilEveryEventOfItIsAnchored() {
		Set<String> awaiting = service(WorkspaceStore.class).get().outbox().itemsAwaitingAnchor();
		for (int row = 0; row < navigator.rows(); row++) {
			String toolTip = navigator.toolTip(row, 0);
			// A batch whose editor opened was verified by its Chain page; a corrected one's line on warnings follows.
			assertTrue(awaiting.contains(navigator.batch(row).code()) ? toolTip.contains(Messages.BatchNavigator_awaitingAnchor)
					: toolTip.contains(Messages.BatchNavigator_anchored) || toolTip.contains(Messages.BatchNavigator_verified),
					toolTip);
		}
	}

	@Test
	void aVerdictFromTheChainMarksTheBatchUntilItsLotChanges() throws Exception {
		ProductBatch batch = navigator.batch(0);

		StoreTopics.post(StoreTopics.VERIFIED, new StoreTopics.Verified(batch.code(), LotVerdict.MISMATCH));
		waitUntil("the mismatch mark", TIMEOUT_MS, () -> navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_mismatch));
		screenshot("navigator-mismatch");

		StoreTopics.post(StoreTopics.EVENTS, batch.code());
		waitUntil("the mark of its anchors again", TIMEOUT_MS,
				() -> navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_anchored)
						|| navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_awaitingAnchor));
		if (navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_anchored)) {
			StoreTopics.post(StoreTopics.VERIFIED,
					new StoreTopics.Verified(batch.code(), LotVerdict.ALL_VERIFIED));
			waitUntil("the verified mark", TIMEOUT_MS,
					() -> navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_verified));
			StoreTopics.post(StoreTopics.EVENTS, batch.code());
			waitUntil("the anchored mark again", TIMEOUT_MS,
					() -> navigator.toolTip(0, 0).endsWith(Messages.BatchNavigator_anchored));
		}
	}

	@Test
	void linkedWithTheEditorTheNavigatorFollowsTheEditorInFrontAndBringsAnOpenBatchToFront() {
		navigator.linkWithEditor(true);
		ProductBatch first = navigator.batch(0);
		ProductBatch second = navigator.batch(1);
		navigator.open(0);
		IEditorPart firstEditor = page.getActiveEditor();
		navigator.open(1);
		IEditorPart secondEditor = page.getActiveEditor();
		assertEquals(List.of(second), navigator.selection());

		page.activate(firstEditor);
		assertEquals(List.of(first), navigator.selection(), "the navigator selects the batch of the editor in front");
		navigator.select(1);
		assertTrue(page.isPartVisible(secondEditor), "selecting an open batch brings its editor to front");
		navigator.linkWithEditor(false);
		page.activate(firstEditor);
		assertEquals(List.of(second), navigator.selection(), "unlinked, the navigator keeps its own selection");
		page.closeAllEditors(false);
	}
}
