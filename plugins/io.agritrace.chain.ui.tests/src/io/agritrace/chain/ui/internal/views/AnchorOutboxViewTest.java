package io.agritrace.chain.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;

class AnchorOutboxViewTest extends WorkbenchTestCase {

	@Test
	void theTraceabilityPerspectiveShowsTheOutboxCountingTheAnchoredEvents() throws Exception {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		AnchorOutboxView view = (AnchorOutboxView) page.findView(AnchorOutboxView.ID);
		assertNotNull(view, "the chain bundle adds the outbox to the Traceability perspective");
		long anchored = store.outbox().countsByState().get(OutboxState.ANCHORED);
		assertTrue(anchored > 0);
		waitUntil("the outbox view counts " + anchored + " anchored", TIMEOUT_MS,
				() -> view.shownCounts().getOrDefault(OutboxState.ANCHORED, 0L) == anchored);
		screenshot("outbox");
	}
}
