package io.agritrace.ui.internal.status;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;

/** Status bar item: where the workspace's database is. */
public final class StatusTrimContribution extends WorkbenchWindowControlContribution {

	@Override
	protected Control createControl(Composite parent) {
		Label database = new Label(parent, SWT.NONE);
		database.setText(NLS.bind(Messages.Status_database, WorkspaceStore.databaseFile()));
		return database;
	}
}
