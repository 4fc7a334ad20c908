package io.agritrace.core.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A custody rule an event breaks.
 *
 * @param field the event field at fault, e.g. {@code sourceList}
 * @param value the value at fault
 * @param rule  what the rule says, localised, naming field and value
 */
public record RuleViolation(String field, String value, String rule) {

	/** The rules of several violations as one sentence after another. */
	public static String describe(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::rule).collect(Collectors.joining(" ")); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return rule;
	}
}
