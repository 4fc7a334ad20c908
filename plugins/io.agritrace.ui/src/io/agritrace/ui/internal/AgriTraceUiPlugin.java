package io.agritrace.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.agritrace.anchor.ChainPreferences;
import io.agritrace.ui.internal.chain.AnchoringJob;
import io.agritrace.ui.internal.status.ChainMonitor;

/** The UI bundle's activator: owns the workspace store and the chain monitor. */
public final class AgriTraceUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "io.agritrace.ui"; //$NON-NLS-1$
	/** System property that keeps the application from connecting to any chain (tests that need none). */
	public static final String ANCHORING_PROPERTY = "agritrace.localChain"; //$NON-NLS-1$

	private static AgriTraceUiPlugin instance;

	private final WorkspaceStore store = new WorkspaceStore();
	private final ChainMonitor chainMonitor = new ChainMonitor();
	private volatile AnchoringJob anchoring;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		store.addChangeListener(this::storeChanged);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		stopAnchoring();
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

	/** The anchoring on the configured chain, unless disabled or stopped. */
	public Optional<AnchoringJob> anchoring() {
		return Optional.ofNullable(anchoring);
	}

	/**
	 * Connects to the configured chain (the managed local chain by default) and
	 * publishes the outbox, unless disabled (-Dagritrace.localChain=false).
	 */
	void startAnchoring() {
		if (anchoring == null && Boolean.parseBoolean(System.getProperty(ANCHORING_PROPERTY, "true"))) { //$NON-NLS-1$
			anchoring = new AnchoringJob(WorkspaceStore.workspace(),
					ChainPreferences.read(Platform.getPreferencesService()));
			anchoring.schedule();
		}
	}

	void stopAnchoring() {
		if (anchoring != null) {
			anchoring.shutdown();
			anchoring = null;
		}
	}

	/** New events: anchor them now rather than at the next interval, and show the backlog. */
	private void storeChanged() {
		anchoring().ifPresent(AnchoringJob::publishNow);
		chainMonitor.refresh();
	}

	/** After the chain preferences changed: reconnects with the new ones, and polls the node at once. */
	public void restartAnchoring() {
		stopAnchoring();
		startAnchoring();
		chainMonitor.refresh();
	}
}
