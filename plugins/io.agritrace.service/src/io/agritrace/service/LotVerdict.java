package io.agritrace.service;

import java.util.List;

import io.agritrace.anchor.Verification;

/** What the last verification of a lot's trace on chain found. */
public enum LotVerdict {
	/** A record no longer matches its anchor, or an anchored record is missing here. */
	MISMATCH,
	/** Every record matches its anchor. */
	ALL_VERIFIED,
	/** Some records are not anchored yet, or the chain could not be asked. */
	INCOMPLETE;

	/** What these verdicts of a lot's trace say of the lot. */
	public static LotVerdict of(List<Verification> verdicts) {
		if (verdicts.stream().anyMatch(v -> v.state() == Verification.State.MISMATCH
				|| v.state() == Verification.State.NOT_IN_DATABASE)) {
			return MISMATCH;
		}
		return !verdicts.isEmpty() && verdicts.stream().allMatch(v -> v.state() == Verification.State.VERIFIED) ? ALL_VERIFIED
				: INCOMPLETE;
	}
}
