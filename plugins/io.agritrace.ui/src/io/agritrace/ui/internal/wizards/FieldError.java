package io.agritrace.ui.internal.wizards;

/**
 * A form's own check failed (nothing chosen, a file missing, more than a lot
 * holds): the field at fault and the workbench's sentence for it. The rules of
 * core's validators come as {@link io.agritrace.core.model.ValidationException}s
 * with their codes; a page shows either at its field.
 */
final class FieldError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/** @param sentence what is wrong, in the workbench's language, naming the field as the form does */
	FieldError(String field, String sentence) {
		super(sentence);
		this.field = field;
	}

	String field() {
		return field;
	}
}
