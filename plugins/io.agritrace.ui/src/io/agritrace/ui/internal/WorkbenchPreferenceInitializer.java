package io.agritrace.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * The defaults of the workspace's {@value StartupSettings#NODE} preferences,
 * which Restore Defaults shows: the system's language and the workspace's own
 * database file, both written as empty. The organisation the workspace records
 * for ({@link ActingOrganisation}) has none until the user chooses one.
 */
public final class WorkbenchPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(StartupSettings.NODE);
		node.put(StartupSettings.LANGUAGE, ""); //$NON-NLS-1$
		node.put(StartupSettings.DATABASE_URL, ""); //$NON-NLS-1$
	}
}
