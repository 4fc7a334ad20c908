package io.agritrace.store;

import java.util.List;
import java.util.stream.Collectors;

import io.agritrace.core.rules.RuleViolation;

/** An event was refused because it breaks custody rules; nothing was written. */
public final class RulesBrokenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	public RulesBrokenException(String where, List<RuleViolation> violations) {
		super(where + ": " + violations.stream().map(RuleViolation::rule).collect(Collectors.joining(" "))); //$NON-NLS-1$ //$NON-NLS-2$
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
