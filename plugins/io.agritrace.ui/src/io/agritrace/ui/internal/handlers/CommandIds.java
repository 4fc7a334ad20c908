package io.agritrace.ui.internal.handlers;

/** Ids of the commands that plugin.xml declares. */
public final class CommandIds {

	public static final String OPEN_BATCH = "io.agritrace.ui.commands.openBatch"; //$NON-NLS-1$
	public static final String LOAD_DEMO_DATA = "io.agritrace.ui.commands.loadDemoData"; //$NON-NLS-1$
	public static final String REFRESH_BATCHES = "io.agritrace.ui.commands.refreshBatches"; //$NON-NLS-1$
	public static final String IMPORT_EPCIS = "io.agritrace.ui.commands.importEpcis"; //$NON-NLS-1$
	public static final String FIND_BY_CODE = "io.agritrace.ui.commands.findByCode"; //$NON-NLS-1$
	public static final String CORRECT_EVENT = "io.agritrace.ui.commands.correctEvent"; //$NON-NLS-1$
	public static final String EXPORT_TRACE = "io.agritrace.ui.commands.exportTrace"; //$NON-NLS-1$

	private CommandIds() {
	}
}
