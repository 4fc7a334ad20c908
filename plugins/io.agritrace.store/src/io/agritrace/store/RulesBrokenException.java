package io.agritrace.store;

import java.util.List;

import io.agritrace.core.rules.RuleViolation;

/** An event was refused because it breaks custody rules; nothing was written. */
public final class RulesBrokenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	public RulesBrokenException(String where, List<RuleViolation> violations) {
		super(where + ": " + RuleViolation.describe(violations)); //$NON-NLS-1$
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
