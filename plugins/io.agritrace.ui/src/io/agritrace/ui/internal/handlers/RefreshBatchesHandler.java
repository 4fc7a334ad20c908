package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/** Re-reads the batches, e.g. after the CLI changed the workspace. */
public final class RefreshBatchesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		// The CLI writes without the workbench hearing it: views read again as if a Job had stored events.
		StoreTopics.post(StoreTopics.EVENTS, WorkspaceStore.workspace().toString());
		return null;
	}
}
