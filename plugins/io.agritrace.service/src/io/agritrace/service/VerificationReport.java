package io.agritrace.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agritrace.anchor.Verification;
import io.agritrace.store.TraceStore;

/**
 * What verifying every stored event against the chain found, as Chain > Verify
 * All reports it: how many records got each verdict, and every record that no
 * longer verifies (altered here, or on chain and missing here), named as the
 * dashboard names them.
 *
 * @param counts    the records checked, by verdict
 * @param incidents the records that no longer verify, newest found first
 */
public record VerificationReport(Map<Verification.State, Integer> counts, List<DashboardView.Incident> incidents) {

	public VerificationReport {
		counts = Map.copyOf(counts);
		incidents = List.copyOf(incidents);
	}

	/** The report of a verification that found these counts, with the store's incidents as they stand now. */
	public static VerificationReport of(TraceStore store, Map<Verification.State, Integer> counts, Locale language) {
		Map<Verification.State, Integer> all = new EnumMap<>(Verification.State.class);
		all.putAll(counts);
		return new VerificationReport(all, DashboardView.incidents(store, language));
	}

	/** Records that got this verdict. */
	public int count(Verification.State state) {
		return counts.getOrDefault(state, 0);
	}

	/** Records checked. */
	public int checked() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The counts in one sentence. */
	public String summary(Locale language) {
		long missing = incidents.stream().filter(i -> i.verdict().missing()).count();
		return Texts.VerificationReport_summary.text(language, checked(), count(Verification.State.VERIFIED),
				count(Verification.State.PENDING), count(Verification.State.NOT_ON_CHAIN),
				count(Verification.State.MISMATCH), missing);
	}
}
