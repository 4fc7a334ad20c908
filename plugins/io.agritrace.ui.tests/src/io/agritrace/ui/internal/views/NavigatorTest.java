package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.handlers.CommandIds;

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
		execute(CommandIds.REFRESH_BATCHES);
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

		String county = Divisions.name(first.originDivision(), DisplayLanguage.current());
		navigator.filter(county + " " + first.lot());
		assertEquals(1, navigator.rows(), "every word must match");
		navigator.filter(first.originDivision());
		assertEquals(fromThatCounty, navigator.rows());
		screenshot("navigator-filter");
		navigator.filter("");
		assertEquals(all, navigator.rows());
	}

	@Test
	void openingABatchShowsItsChartAndItsWholeTrace() throws Exception {
		BatchEditorBot editor = navigator.open(0).loaded();
		String code = navigator.batch(0).code();
		List<EpcisEvent> events = service(WorkspaceStore.class).get().traces().trace(code).all().events();
		assertEquals(events.size(), editor.timelineRows());
		editor.selectEvent(events.get(0).hashId());
		assertTrue(editor.eventDetails().contains(events.get(0).preHash()), "the pre-hash string an auditor re-hashes");
		screenshot("editor-event-details");
	}
}
