package io.agritrace.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Workspace preferences that take effect at the next start: the language
 * (the {@code ./agritrace} script reads {@value #LANGUAGE} from this node's file
 * and starts with {@code -nl}) and the database the workspace opens.
 */
public final class StartupSettings {

	/** The preference node, stored in {@code .metadata/.plugins/org.eclipse.core.runtime/.settings/io.agritrace.ui.prefs}. */
	public static final String NODE = "io.agritrace.ui"; //$NON-NLS-1$
	/** {@code zh} or {@code en}; absent for the system's language. */
	public static final String LANGUAGE = "language"; //$NON-NLS-1$
	/** A JDBC URL; absent for the database file inside the workspace. */
	public static final String DATABASE_URL = "database.url"; //$NON-NLS-1$

	private StartupSettings() {
	}

	/** {@code zh}, {@code en}, or empty for the system's language. */
	public static String language() {
		return node().get(LANGUAGE, ""); //$NON-NLS-1$
	}

	/** The database's JDBC URL, or empty for the workspace's own file. */
	public static String databaseUrl() {
		return node().get(DATABASE_URL, ""); //$NON-NLS-1$
	}

	/**
	 * Saves one setting from a preference page, written at once so that the
	 * launcher finds it; empty removes it. When it cannot be written the page
	 * says so and stays open.
	 */
	public static boolean save(DialogPage page, String key, String value) {
		IEclipsePreferences node = node();
		if (value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
		try {
			node.flush();
			return true;
		} catch (BackingStoreException e) {
			page.setErrorMessage(NLS.bind(Messages.GeneralPreferences_saveFailed, e.getMessage()));
			return false;
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
