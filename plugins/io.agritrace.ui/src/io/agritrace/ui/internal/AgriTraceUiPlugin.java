package io.agritrace.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.agritrace.ui.internal.status.ChainMonitor;

/** The UI bundle's activator: owns the workspace store and the chain monitor. */
public final class AgriTraceUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "io.agritrace.ui"; //$NON-NLS-1$

	private static AgriTraceUiPlugin instance;

	private final WorkspaceStore store = new WorkspaceStore();
	private final ChainMonitor chainMonitor = new ChainMonitor();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
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
}
