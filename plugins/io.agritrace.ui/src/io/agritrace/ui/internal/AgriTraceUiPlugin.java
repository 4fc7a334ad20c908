package io.agritrace.ui.internal;

import java.util.Optional;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.agritrace.ui.internal.jobs.LocalChainJob;
import io.agritrace.ui.internal.status.ChainMonitor;

/** The UI bundle's activator: owns the workspace store and the chain monitor. */
public final class AgriTraceUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "io.agritrace.ui"; //$NON-NLS-1$
	/** System property that keeps the application from starting its own chain. */
	public static final String LOCAL_CHAIN_PROPERTY = "agritrace.localChain"; //$NON-NLS-1$

	private static AgriTraceUiPlugin instance;

	private final WorkspaceStore store = new WorkspaceStore();
	private final ChainMonitor chainMonitor = new ChainMonitor();
	private volatile LocalChainJob localChain;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		stopLocalChain();
		chainMonitor.stop();
		store.close();
		instance = null;
		super.stop(context);
	}

	public static AgriTraceUiPlugin getDefault() {
		return instance;
	}

	public WorkspaceStore store() {
		return store;
	}

	public ChainMonitor chainMonitor() {
		return chainMonitor;
	}

	/** The managed local chain, unless disabled or stopped. */
	public Optional<LocalChainJob> localChain() {
		return Optional.ofNullable(localChain);
	}

	/** Starts the managed local chain and its publisher, unless disabled (-Dagritrace.localChain=false). */
	void startLocalChain() {
		if (localChain == null && Boolean.parseBoolean(System.getProperty(LOCAL_CHAIN_PROPERTY, "true"))) { //$NON-NLS-1$
			localChain = new LocalChainJob(WorkspaceStore.workspace());
			localChain.schedule();
		}
	}

	void stopLocalChain() {
		if (localChain != null) {
			localChain.shutdown();
			localChain = null;
		}
	}
}
