package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.WorkspaceStore;

import io.agritrace.ui.internal.jobs.LoadDemoDataJob;

/** Loads the Jilin demo data set into an empty workspace, in the background. */
public final class LoadDemoDataHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new LoadDemoDataJob(HandlerUtil.getActiveWorkbenchWindow(event).getService(WorkspaceStore.class)).schedule();
		return null;
	}
}
