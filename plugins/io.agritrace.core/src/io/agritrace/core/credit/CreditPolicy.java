package io.agritrace.core.credit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.agritrace.core.model.ValidationException;

/**
 * How a credit profile weighs its indicators and grades its score: a county's
 * policy, kept as preferences, not code. The defaults weigh the records
 * themselves (completeness, inspections) most.
 *
 * @param weights     each indicator's weight (0 leaves it out)
 * @param lateHours   a record made more than this many hours after the event is late
 * @param gradeA      the lowest score (0–100) of grade A
 * @param gradeB      of grade B
 * @param gradeC      of grade C; below it, D
 */
public record CreditPolicy(Map<Indicator, Integer> weights, int lateHours, int gradeA, int gradeB, int gradeC) {

	/** The indicators, in the order a profile shows them. */
	public enum Indicator {
		COMPLETENESS, TIMELINESS, INSPECTIONS, COLD_CHAIN, CORRECTIONS, INTEGRITY;

		/** Its key in preferences and JSON: completeness, cold_chain … */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static final CreditPolicy DEFAULTS = new CreditPolicy(Map.of(Indicator.COMPLETENESS, 25,
			Indicator.TIMELINESS, 15, Indicator.INSPECTIONS, 25, Indicator.COLD_CHAIN, 15, Indicator.CORRECTIONS, 10,
			Indicator.INTEGRITY, 10), 24, 90, 75, 60);

	/** Corrections per 100 records at which that indicator's score reaches 0. */
	public static final int CORRECTIONS_CEILING = 5;

	public CreditPolicy {
		weights = Map.copyOf(weights);
	}

	/** The policy as preference keys and values: weight.completeness=25, late_hours=24, grade_a=90 … */
	public Map<String, String> toPreferences() {
		Map<String, String> values = new LinkedHashMap<>();
		for (Indicator i : Indicator.values()) {
			values.put(WEIGHT + i.key(), Integer.toString(weights.getOrDefault(i, 0)));
		}
		values.put(LATE_HOURS, Integer.toString(lateHours));
		values.put(GRADE_A, Integer.toString(gradeA));
		values.put(GRADE_B, Integer.toString(gradeB));
		values.put(GRADE_C, Integer.toString(gradeC));
		return values;
	}

	/**
	 * The policy stored as {@link #toPreferences()} writes it; a key not given
	 * keeps its default. A weight must be 0 to 100, grades must fall from A to
	 * C within 0 to 100.
	 */
	public static CreditPolicy of(Map<String, String> preferences) {
		Map<Indicator, Integer> weights = new LinkedHashMap<>(DEFAULTS.weights);
		for (Indicator i : Indicator.values()) {
			weights.put(i, number(preferences, WEIGHT + i.key(), DEFAULTS.weights.get(i), 0, 100));
		}
		int lateHours = number(preferences, LATE_HOURS, DEFAULTS.lateHours, 1, 24 * 30);
		int a = number(preferences, GRADE_A, DEFAULTS.gradeA, 1, 100);
		int b = number(preferences, GRADE_B, DEFAULTS.gradeB, 1, a);
		int c = number(preferences, GRADE_C, DEFAULTS.gradeC, 0, b);
		if (weights.values().stream().allMatch(w -> w == 0)) {
			throw new ValidationException(WEIGHT + Indicator.COMPLETENESS.key(), "0", Texts.Policy_noWeight.with()); //$NON-NLS-1$
		}
		return new CreditPolicy(weights, lateHours, a, b, c);
	}

	/**
	 * The policy saved in a workspace's preferences, each key prefixed with
	 * {@value #PREFERENCE_PREFIX}: the workbench's preference page writes them,
	 * the workbench and the CLI read them.
	 *
	 * @param saved a preference's value by its whole key, or null
	 */
	public static CreditPolicy saved(UnaryOperator<String> saved) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : DEFAULTS.toPreferences().keySet()) {
			String value = saved.apply(PREFERENCE_PREFIX + key);
			if (value != null) {
				values.put(key, value);
			}
		}
		return of(values);
	}

	private static int number(Map<String, String> preferences, String key, int fallback, int min, int max) {
		String text = preferences.get(key);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below, with the rule
		}
		throw new ValidationException(key, text, Texts.Policy_outOfRange.with(key, text, min, max));
	}

	/** What a policy's keys start with among a workspace's other preferences. */
	public static final String PREFERENCE_PREFIX = "credit."; //$NON-NLS-1$
	public static final String WEIGHT = "weight."; //$NON-NLS-1$
	public static final String LATE_HOURS = "late_hours"; //$NON-NLS-1$
	public static final String GRADE_A = "grade_a"; //$NON-NLS-1$
	public static final String GRADE_B = "grade_b"; //$NON-NLS-1$
	public static final String GRADE_C = "grade_c"; //$NON-NLS-1$
}
