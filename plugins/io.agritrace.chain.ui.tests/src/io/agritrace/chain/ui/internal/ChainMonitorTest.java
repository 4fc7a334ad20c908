package io.agritrace.chain.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;

/**
 * The status bar's backlog follows the anchors at once: a wizard that shows
 * its event "Anchored on the chain" is never beside a status bar that still
 * counts it "1 to anchor" until its next poll, five seconds on.
 */
class ChainMonitorTest extends WorkbenchTestCase {

	/** Well under the monitor's five-second poll: only a poll asked for at once comes this soon. */
	private static final long AT_ONCE_MS = 2_500;

	@Test
	void anchorsChangedAsksTheNodeAgainAtOnce() {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		ChainMonitor monitor = service(ChainService.class).monitor();
		BlockingQueue<ChainMonitor.Snapshot> heard = new LinkedBlockingQueue<>();
		Consumer<ChainMonitor.Snapshot> listener = heard::add;
		monitor.addListener(listener);
		try {
			heard.clear();
			waitUntil("a poll of its own", TIMEOUT_MS, () -> !heard.isEmpty());
			heard.clear();

			StoreTopics.post(StoreTopics.ANCHORS, 0);

			waitUntil("the node and the backlog asked again at once", AT_ONCE_MS, () -> !heard.isEmpty());
			assertEquals(store.outbox().backlogCount(), heard.peek().backlog());
		} finally {
			monitor.removeListener(listener);
		}
	}
}
