package io.agritrace.core.rules;

/**
 * A custody rule an event breaks.
 *
 * @param field the event field at fault, e.g. {@code sourceList}
 * @param value the value at fault
 * @param rule  what the rule says, localised, naming field and value
 */
public record RuleViolation(String field, String value, String rule) {

	@Override
	public String toString() {
		return rule;
	}
}
