package io.agritrace.service;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.model.ValidationException;

/**
 * The credit policy of this workspace, kept as {@code credit.}-prefixed keys
 * of the workspace's {@value #NODE} preferences over the defaults that this
 * bundle's preference initializer sets: what Window > Preferences > Credit
 * saves and what the workbench, {@code agritrace-cli credit} and any other
 * front end grade by.
 */
public final class CreditSettings {

	/** The preference node that keeps the policy. */
	public static final String NODE = "io.agritrace.service"; //$NON-NLS-1$

	private CreditSettings() {
	}

	/**
	 * The saved policy, or the defaults where nothing is saved.
	 *
	 * @throws ValidationException naming the key and its rule, when what is saved breaks one
	 */
	public static CreditPolicy policy() {
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(NODE);
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		return CreditPolicy.saved(key -> saved.get(key, defaults.get(key, null)));
	}
}
