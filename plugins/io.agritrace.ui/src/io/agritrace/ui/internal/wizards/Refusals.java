package io.agritrace.ui.internal.wizards;

import io.agritrace.core.model.ValidationException;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.store.RulesBrokenException;

/** What the store or a rule refused, in the rules' own words (their texts name field and rule). */
final class Refusals {

	private Refusals() {
	}

	static String readable(Throwable refusal) {
		if (refusal instanceof RulesBrokenException broken) {
			return RuleViolation.describe(broken.violations());
		}
		return refusal instanceof ValidationException invalid ? invalid.rule() : String.valueOf(refusal.getMessage());
	}
}
