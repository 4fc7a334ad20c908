package io.agritrace.core.model;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * The rules fields of several records share. Errors name the field by its
 * label (the key itself, or what a form calls it) and keep the key in
 * {@link ValidationException#field()}, so a form can mark the right control.
 */
final class FieldRules {

	/** GB/T 2260: six digits, province 22 is Jilin but any province is accepted. */
	private static final String DIVISION_PATTERN = "[1-8]\\d{5}"; //$NON-NLS-1$

	/** Digits grouped in threes by commas, e.g. 16,380 or -1,500.25. */
	private static final String GROUPED = "[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?"; //$NON-NLS-1$

	private final UnaryOperator<String> labels;

	FieldRules(UnaryOperator<String> labels) {
		this.labels = labels;
	}

	String label(String field) {
		return labels.apply(field);
	}

	String require(String field, String value) {
		String v = optional(value);
		if (v == null) {
			throw new ValidationException(field, "", Texts.Batch_required.with(label(field))); //$NON-NLS-1$
		}
		return v;
	}

	/** The stripped value, or null when blank. */
	static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	String division(String field, String value) {
		String division = require(field, value);
		if (!division.matches(DIVISION_PATTERN)) {
			throw new ValidationException(field, division, Texts.Batch_badDivision.with(label(field), division));
		}
		if (division.startsWith(Divisions.JILIN_PREFIX) && Divisions.find(division).isEmpty()) {
			throw new ValidationException(field, division,
					Texts.Batch_unknownJilinDivision.with(label(field), division));
		}
		return division;
	}

	/**
	 * A decimal number written with a point, its thousands grouped with commas or not, as the app prints them
	 * (42.5, 16,380, 16380.5); null when blank. Other commas ("1,5") are refused: a decimal comma is ambiguous.
	 */
	BigDecimal decimal(String field, String value) {
		String v = optional(value);
		try {
			return v == null ? null : new BigDecimal(v.matches(GROUPED) ? v.replace(",", "") : v); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			throw new ValidationException(field, v, Texts.Field_notNumber.with(label(field), v));
		}
	}
}
