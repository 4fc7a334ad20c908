package io.agritrace.ui.internal.status;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.agritrace.ui.WorkspaceStore;

/**
 * Status bar item: where the workspace's database is, short enough to leave
 * room for the items other bundles add (the whole path in its tool tip).
 */
public final class StatusTrimContribution extends WorkbenchWindowControlContribution {

	/** Characters of the path shown; the middle of a longer one is left out. */
	private static final int SHOWN = 48;

	@Override
	protected Control createControl(Composite parent) {
		String name = WorkspaceStore.databaseName();
		Label database = new Label(parent, SWT.NONE);
		database.setText(NLS.bind(Messages.Status_database, shortened(name)));
		database.setToolTipText(name);
		return database;
	}

	static String shortened(String path) {
		String home = System.getProperty("user.home"); //$NON-NLS-1$
		if (home != null && path.startsWith(home + '/')) {
			path = '~' + path.substring(home.length());
		}
		if (path.length() <= SHOWN) {
			return path;
		}
		int head = SHOWN / 3;
		return path.substring(0, head) + '\u2026' + path.substring(path.length() - (SHOWN - head - 1));
	}
}
