package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.agritrace.ui.internal.jobs.LoadDemoDataJob;

/** Loads the Jilin demo data set into an empty workspace, in the background. */
public final class LoadDemoDataHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new LoadDemoDataJob().schedule();
		return null;
	}
}
