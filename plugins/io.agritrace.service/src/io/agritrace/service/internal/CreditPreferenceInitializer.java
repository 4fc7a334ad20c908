package io.agritrace.service.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.service.CreditSettings;

/**
 * The defaults of the {@value CreditSettings#NODE} preferences: the credit
 * policy {@link CreditPolicy#DEFAULTS}, which the credit preference page
 * restores and every front end grades by where a workspace saved nothing.
 */
public final class CreditPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(CreditSettings.NODE);
		CreditPolicy.DEFAULTS.toPreferences().forEach((key, value) -> node.put(CreditPolicy.PREFERENCE_PREFIX + key, value));
	}
}
