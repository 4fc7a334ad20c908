package io.agritrace.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The organisation this workspace records for (a party's URI), a workspace
 * preference (Window > Preferences > Organisation, or the party registered as
 * the workspace's own): the wizards propose it. Only the user sets it; the
 * Record Event wizard remembers the organisation it recorded for last in its
 * own settings.
 */
public final class ActingOrganisation {

	private static final String NODE = "io.agritrace.ui"; //$NON-NLS-1$
	private static final String KEY = "organisation"; //$NON-NLS-1$

	private ActingOrganisation() {
	}

	/** The party's URI, or null when none was chosen yet. */
	public static String uri() {
		return preferences().get(KEY, null);
	}

	/** Saves the choice; writes the small preference file at once. */
	public static void remember(String partyUri) {
		IEclipsePreferences node = preferences();
		if (partyUri.equals(node.get(KEY, null))) {
			return;
		}
		node.put(KEY, partyUri);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// Only the proposal for next time is lost; what was recorded stands.
			ILog.of(ActingOrganisation.class).warn(e.getMessage(), e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
