package io.agritrace.ui.internal.handlers;

/** Ids of the commands, declared in plugin.xml, that this bundle's views run themselves. */
public final class CommandIds {

	public static final String OPEN_BATCH = "io.agritrace.ui.commands.openBatch"; //$NON-NLS-1$
	public static final String LOAD_DEMO_DATA = "io.agritrace.ui.commands.loadDemoData"; //$NON-NLS-1$
	public static final String SHIP = "io.agritrace.ui.commands.ship"; //$NON-NLS-1$

	private CommandIds() {
	}
}
