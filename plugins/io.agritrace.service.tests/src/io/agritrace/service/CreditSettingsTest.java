package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy;

/** The credit policy as every front end reads it: the workspace's own values over this bundle's defaults. */
class CreditSettingsTest {

	private static final String GRADE_A = CreditPolicy.PREFERENCE_PREFIX + CreditPolicy.GRADE_A;

	@AfterEach
	void forget() throws Exception {
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(CreditSettings.NODE);
		saved.remove(GRADE_A);
		saved.flush();
	}

	@Test
	void theDefaultScopeHoldsTheDefaultPolicy() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CreditSettings.NODE);
		CreditPolicy.DEFAULTS.toPreferences().forEach(
				(key, value) -> assertEquals(value, defaults.get(CreditPolicy.PREFERENCE_PREFIX + key, null), key));
	}

	@Test
	void aSavedValueOverridesItsDefaultAndTheOthersStay() {
		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(GRADE_A, "95");
		CreditPolicy policy = CreditSettings.policy();
		assertEquals(95, policy.gradeA());
		assertEquals(CreditPolicy.DEFAULTS.gradeB(), policy.gradeB());
		assertEquals(CreditPolicy.DEFAULTS.weights(), policy.weights());

		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).remove(GRADE_A);
		assertEquals(CreditPolicy.DEFAULTS, CreditSettings.policy());
	}
}
