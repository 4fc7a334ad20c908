package io.agritrace.core.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.agritrace.core.credit.CreditPolicy.Indicator;

/**
 * An organisation's credit profile (信用档案): indicators computed only from
 * its records that verify on chain, each with the counts behind it, a score
 * weighted by the policy and a grade.
 *
 * @param party      the organisation
 * @param counts     what it was computed from
 * @param indicators one per {@link Indicator}, in their order
 * @param score      0 to 100, or null when no record verifies
 * @param grade      the grade of the score, or null with it
 */
public record CreditProfile(String party, CreditCounts counts, List<Score> indicators, Integer score, Grade grade) {

	public enum Grade {
		A, B, C, D
	}

	/**
	 * One indicator.
	 *
	 * @param numerator   what it counts (records on time, inspections passed, shipments kept in their band …)
	 * @param denominator out of how many
	 * @param value       the indicator as shown: a share (0–1), corrections per 100 records, or incidents
	 * @param score       what it adds to the profile, 0 to 1
	 * @param weight      its weight in the policy
	 * @param applicable  false when nothing was there to count (no inspection, no cold chain): left out of the score
	 */
	public record Score(Indicator indicator, long numerator, long denominator, double value, double score, int weight,
			boolean applicable) {
	}

	public CreditProfile {
		indicators = List.copyOf(indicators);
	}

	public static CreditProfile of(String party, CreditCounts c, CreditPolicy policy) {
		List<Score> scores = new ArrayList<>();
		long v = c.verified();
		scores.add(share(Indicator.COMPLETENESS, c.complete(), v, policy));
		scores.add(share(Indicator.TIMELINESS, v - c.late(), v, policy));
		scores.add(share(Indicator.INSPECTIONS, c.passed(), c.inspected(), policy));
		scores.add(share(Indicator.COLD_CHAIN, c.checkedShipments() - c.shipmentsWithExcursions(), c.checkedShipments(), policy));
		double per100 = v == 0 ? 0 : 100.0 * c.corrected() / v;
		scores.add(new Score(Indicator.CORRECTIONS, c.corrected(), v, per100,
				Math.max(0, 1 - per100 / CreditPolicy.CORRECTIONS_CEILING), weight(policy, Indicator.CORRECTIONS), v > 0));
		long incidents = c.mismatches() + c.missing();
		scores.add(new Score(Indicator.INTEGRITY, incidents, c.records(), incidents, Math.max(0, 1 - 0.5 * incidents),
				weight(policy, Indicator.INTEGRITY), c.records() > 0));
		double weighted = 0;
		int weights = 0;
		for (Score s : scores) {
			if (s.applicable() && s.weight() > 0) {
				weighted += s.weight() * s.score();
				weights += s.weight();
			}
		}
		if (v == 0 || weights == 0) {
			return new CreditProfile(party, c, scores, null, null);
		}
		int score = (int) Math.round(100 * weighted / weights);
		Grade grade = score >= policy.gradeA() ? Grade.A
				: score >= policy.gradeB() ? Grade.B : score >= policy.gradeC() ? Grade.C : Grade.D;
		return new CreditProfile(party, c, scores, score, grade);
	}

	/** Every organisation's profile, the best score first, then those not graded; ties in the organisations' order. */
	public static List<CreditProfile> ranked(Map<String, CreditCounts> counts, CreditPolicy policy) {
		return counts.entrySet().stream().map(e -> of(e.getKey(), e.getValue(), policy))
				.sorted(Comparator.comparing(CreditProfile::score, Comparator.nullsLast(Comparator.reverseOrder()))
						.thenComparing(CreditProfile::party))
				.toList();
	}

	private static Score share(Indicator indicator, long numerator, long denominator, CreditPolicy policy) {
		double value = denominator == 0 ? 0 : (double) numerator / denominator;
		return new Score(indicator, numerator, denominator, value, value, weight(policy, indicator), denominator > 0);
	}

	private static int weight(CreditPolicy policy, Indicator indicator) {
		return policy.weights().getOrDefault(indicator, 0);
	}

	public Score indicator(Indicator indicator) {
		return indicators.get(indicator.ordinal());
	}
}
