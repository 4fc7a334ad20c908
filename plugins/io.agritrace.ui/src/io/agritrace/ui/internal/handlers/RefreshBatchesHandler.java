package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.agritrace.ui.internal.AgriTraceUiPlugin;

/** Re-reads the batches, e.g. after the CLI changed the workspace. */
public final class RefreshBatchesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AgriTraceUiPlugin.getDefault().store().fireChanged();
		return null;
	}
}
