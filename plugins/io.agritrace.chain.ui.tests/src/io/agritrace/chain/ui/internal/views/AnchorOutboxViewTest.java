package io.agritrace.chain.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;

class AnchorOutboxViewTest extends WorkbenchTestCase {

	@Test
	void theTraceabilityPerspectiveShowsTheOutboxCountingTheAnchoredEvents() throws Exception {
		TraceStore store = AnchoredDemo.ensure(page.getWorkbenchWindow());
		AnchorOutboxView view = (AnchorOutboxView) page.findView(AnchorOutboxView.ID);
		assertNotNull(view, "the chain bundle adds the outbox to the Traceability perspective");
		long anchored = store.outbox().countsByState().get(OutboxState.ANCHORED);
		assertTrue(anchored > 0);
		Label summary = Widgets.first(Widgets.of(view), Label.class, l -> true);
		Pattern saysAnchored = summarySaying(anchored);
		waitUntil("the outbox view counts " + anchored + " anchored", TIMEOUT_MS,
				() -> saysAnchored.matcher(summary.getText()).matches());
		screenshot("outbox");
	}

	/** The summary line with this many events anchored, whatever it says of the others. */
	private static Pattern summarySaying(long anchored) {
		String any = "\u0000";
		String line = NLS.bind(Messages.Outbox_summary, new Object[] { any, any, anchored, any });
		return Pattern.compile(Arrays.stream(line.split(any, -1)).map(Pattern::quote).collect(Collectors.joining("\\d+"))
				+ ".*", Pattern.DOTALL);
	}
}
