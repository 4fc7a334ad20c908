package io.agritrace.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.model.Party;
import io.agritrace.store.TraceStore;

/**
 * Credit profiles (信用档案) as every front end shows them: the ranking of the
 * organisations, over all their records or those of a period, and one
 * organisation's profile with its months. Only records that verify on chain
 * count; the policy weighs them.
 */
public final class CreditReports {

	/** An organisation and its profile. */
	public record Ranked(Party party, CreditProfile profile) {
	}

	/**
	 * One organisation's profile over all its records, and by month.
	 *
	 * @param months each month's profile, oldest first
	 */
	public record Report(Party party, CreditProfile profile, Map<YearMonth, CreditProfile> months) {
	}

	private final TraceStore store;

	public CreditReports(TraceStore store) {
		this.store = store;
	}

	/** Every organisation with records, best first, graded over all its records. */
	public List<Ranked> ranking(CreditPolicy policy) {
		return ranked(store.credit().all(policy), policy);
	}

	/** Every organisation with records in the period, best first, graded over those records. */
	public List<Ranked> ranking(CreditPolicy policy, Instant from, Instant to) {
		return ranked(store.credit().all(policy, from, to), policy);
	}

	private List<Ranked> ranked(Map<String, CreditCounts> counts, CreditPolicy policy) {
		Map<String, Party> parties = new HashMap<>();
		store.masterData().parties().forEach(p -> parties.put(p.uri(), p));
		counts.keySet().retainAll(parties.keySet());
		return CreditProfile.ranked(counts, policy).stream().map(p -> new Ranked(parties.get(p.party()), p)).toList();
	}

	/** The organisation with this URI, GLN or unified social credit code. */
	public Optional<Party> party(String key) {
		String k = key.strip();
		return store.masterData().parties().stream()
				.filter(p -> k.equals(p.uri()) || k.equals(p.gln()) || k.equalsIgnoreCase(p.uscc())).findFirst();
	}

	/** One organisation's profile over all its records, and each month's. */
	public Report report(Party party, CreditPolicy policy) {
		Map<YearMonth, CreditCounts> counts = store.credit().monthly(party.uri(), policy);
		Map<YearMonth, CreditProfile> months = new LinkedHashMap<>();
		counts.forEach((month, c) -> months.put(month, CreditProfile.of(party.uri(), c, policy)));
		CreditProfile all = CreditProfile.of(party.uri(), counts.values().stream().reduce(CreditCounts.NONE, CreditCounts::plus),
				policy);
		return new Report(party, all, months);
	}
}
