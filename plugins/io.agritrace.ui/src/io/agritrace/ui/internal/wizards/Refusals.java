package io.agritrace.ui.internal.wizards;

import io.agritrace.core.rules.RuleViolation;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * What the store or a rule refused, in the rules' own words (their texts name
 * field and rule), in the workbench's language.
 */
final class Refusals {

	private Refusals() {
	}

	static String readable(Throwable refusal) {
		if (refusal instanceof RulesBrokenException broken) {
			return RuleViolation.describe(broken.violations(), WorkbenchLanguage.current());
		}
		return String.valueOf(WorkbenchLanguage.text(refusal));
	}
}
