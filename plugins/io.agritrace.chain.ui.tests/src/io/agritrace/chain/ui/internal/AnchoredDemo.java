package io.agritrace.chain.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.WorkspaceStore;

/**
 * The fixture of the chain tests: the demo data in the workspace, loaded as a
 * user does if it is not there yet, and every event anchored on the managed
 * local chain, which the workbench starts.
 */
public final class AnchoredDemo {

	/** Starting anvil and deploying the contract come first. */
	public static final long CHAIN_TIMEOUT_MS = 180_000;
	private static final String LOAD_DEMO_DATA = "io.agritrace.ui.commands.loadDemoData"; //$NON-NLS-1$

	private AnchoredDemo() {
	}

	/** The workspace's store once the demo data is in it and all of it anchored. */
	public static TraceStore ensure(IWorkbenchWindow window) {
		TraceStore store = window.getService(WorkspaceStore.class).get();
		if (store.batches().count() == 0) {
			try {
				window.getService(IHandlerService.class).executeCommand(LOAD_DEMO_DATA, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			waitForJobs(JobFamilies.IMPORT, CHAIN_TIMEOUT_MS);
		}
		waitUntil("the outbox anchored on the local chain", CHAIN_TIMEOUT_MS, //$NON-NLS-1$
				() -> store.outbox().pending(1).isEmpty() && store.outbox().submitted().isEmpty());
		ChainService chain = window.getService(ChainService.class);
		waitUntil("the managed local chain connected", CHAIN_TIMEOUT_MS, () -> connected(chain)); //$NON-NLS-1$
		return store;
	}

	private static boolean connected(ChainService chain) {
		try {
			return chain.anchoring().orElseThrow().session() != null;
		} catch (ChainException | RuntimeException e) {
			return false;
		}
	}
}
