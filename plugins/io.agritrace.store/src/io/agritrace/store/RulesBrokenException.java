package io.agritrace.store;

import java.util.List;
import java.util.Locale;

import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.text.Localized;
import io.agritrace.core.trace.Finding;

/** An event was refused because it breaks custody rules; nothing was written. */
public final class RulesBrokenException extends RuntimeException implements Localized {

	private static final long serialVersionUID = 1L;

	private final String where;
	private final transient List<RuleViolation> violations;

	/** @param where the event refused (its hash ID); {@link #getMessage()} names it and the rules in English, for logs */
	public RulesBrokenException(String where, List<RuleViolation> violations) {
		super(finding(where, violations).text(Locale.ENGLISH));
		this.where = where;
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}

	/** The event refused and the codes of every rule it breaks. */
	public Finding finding() {
		return finding(where, violations);
	}

	/** The event refused and every rule it breaks, in the language asked for. */
	@Override
	public String text(Locale language) {
		return finding().text(language);
	}

	private static Finding finding(String where, List<RuleViolation> violations) {
		return new Finding(where, violations.stream().map(RuleViolation::message).toList());
	}
}
