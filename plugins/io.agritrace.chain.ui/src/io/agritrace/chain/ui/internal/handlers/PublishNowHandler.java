package io.agritrace.chain.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.ChainService;

/** Publishes the outbox now rather than at the next interval, and asks the node for its state. */
public final class PublishNowHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		HandlerUtil.getActiveWorkbenchWindow(event).getService(ChainService.class).publishNow();
		return null;
	}
}
