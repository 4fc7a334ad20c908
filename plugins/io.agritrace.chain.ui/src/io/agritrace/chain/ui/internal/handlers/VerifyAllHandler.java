package io.agritrace.chain.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.VerifyAllJob;
import io.agritrace.ui.WorkspaceStore;

/** Verifies every stored event against the chain in a Job, which then reports what it found. */
public final class VerifyAllHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var window = HandlerUtil.getActiveWorkbenchWindow(event);
		new VerifyAllJob(window.getService(WorkspaceStore.class), window.getService(ChainService.class), window.getShell())
				.schedule();
		return null;
	}
}
