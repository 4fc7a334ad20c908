package io.agritrace.core.model;

/**
 * A value broke a rule. Carries the field, the offending value and the rule so
 * that every caller (wizard, CLI, import) can say exactly what is wrong.
 */
public final class ValidationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;
	private final String value;

	public ValidationException(String field, String value, String rule) {
		super(rule);
		this.field = field;
		this.value = value;
	}

	public String field() {
		return field;
	}

	public String value() {
		return value;
	}

	/** The rule, already localised, naming field and value. */
	public String rule() {
		return super.getMessage();
	}
}
