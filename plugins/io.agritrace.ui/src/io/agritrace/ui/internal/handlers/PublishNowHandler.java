package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.chain.AnchoringJob;

/** Publishes the outbox now rather than at the next interval, and asks the node for its state. */
public final class PublishNowHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AgriTraceUiPlugin plugin = AgriTraceUiPlugin.getDefault();
		plugin.anchoring().ifPresent(AnchoringJob::publishNow);
		plugin.chainMonitor().refresh();
		return null;
	}
}
