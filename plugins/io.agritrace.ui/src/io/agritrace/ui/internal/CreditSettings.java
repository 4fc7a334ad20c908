package io.agritrace.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.model.ValidationException;

/**
 * The credit policy of this workspace (Window > Preferences > Credit), kept
 * as {@code credit.}-prefixed keys of the workspace's {@code io.agritrace.ui}
 * preferences, where {@code agritrace-cli credit} reads it too.
 */
public final class CreditSettings {

	private static final String NODE = "io.agritrace.ui"; //$NON-NLS-1$

	private CreditSettings() {
	}

	/** The saved policy, or the defaults where nothing (valid) is saved. */
	public static CreditPolicy policy() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		try {
			return CreditPolicy.saved(key -> node.get(key, null));
		} catch (ValidationException e) {
			ILog.of(CreditSettings.class).warn(e.getMessage());
			return CreditPolicy.DEFAULTS;
		}
	}

	public static void save(CreditPolicy policy) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		policy.toPreferences().forEach((key, value) -> node.put(CreditPolicy.PREFERENCE_PREFIX + key, value));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(CreditSettings.class).warn(e.getMessage(), e);
		}
	}
}
