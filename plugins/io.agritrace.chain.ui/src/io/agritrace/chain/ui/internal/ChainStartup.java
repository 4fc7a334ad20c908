package io.agritrace.chain.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench's chain once the workbench is up (in the background:
 * the managed local chain takes a few seconds), and stops it, with the local
 * chain this application started, before the workbench shuts down.
 */
public final class ChainStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		ChainService chain = workbench.getService(ChainService.class);
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				chain.stop();
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				// Stopped before.
			}
		});
		chain.start();
	}
}
