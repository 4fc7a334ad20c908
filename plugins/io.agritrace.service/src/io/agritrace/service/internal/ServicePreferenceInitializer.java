package io.agritrace.service.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.text.Times;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;

/**
 * The defaults of the {@value CreditSettings#NODE} preferences: the credit
 * policy {@link CreditPolicy#DEFAULTS} and the workspace's zone
 * {@link Times#DEFAULT_ZONE}, which the preference pages restore and every
 * front end follows where a workspace saved nothing.
 */
public final class ServicePreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(CreditSettings.NODE);
		CreditPolicy.DEFAULTS.toPreferences().forEach((key, value) -> node.put(CreditPolicy.PREFERENCE_PREFIX + key, value));
		node.put(WorkspaceZone.KEY, Times.DEFAULT_ZONE.getId());
	}
}
