package io.agritrace.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Workspace preferences that take effect at the next start: the language
 * (the {@code ./agritrace} script reads {@value #LANGUAGE} from this node's file
 * and starts with {@code -nl}) and the database the workspace opens. Their
 * defaults come from {@link WorkbenchPreferenceInitializer}.
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

	/** The database's JDBC URL, or empty for the workspace's own file. */
	public static String databaseUrl() {
		return Platform.getPreferencesService().getString(NODE, DATABASE_URL, "", null); //$NON-NLS-1$
	}

	/** What the preference pages read and write: the workspace's settings over their defaults. */
	public static ScopedPreferenceStore preferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
	}

	/**
	 * Saves one setting from a preference page, written at once so that the
	 * launcher finds it; a default value is removed from the file. When it
	 * cannot be written the page says so and stays open.
	 */
	public static boolean save(PreferencePage page, String key, String value) {
		return save(page, (ScopedPreferenceStore) page.getPreferenceStore(), key, value);
	}

	/** Saves one setting of another node from a preference page, as {@link #save(PreferencePage, String, String)} does. */
	public static boolean save(PreferencePage page, ScopedPreferenceStore store, String key, String value) {
		store.setValue(key, value);
		try {
			store.save();
			return true;
		} catch (IOException e) {
			page.setErrorMessage(NLS.bind(Messages.GeneralPreferences_saveFailed, e.getMessage()));
			return false;
		}
	}
}
