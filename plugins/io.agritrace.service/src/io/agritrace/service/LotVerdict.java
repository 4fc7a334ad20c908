package io.agritrace.service;

/** What the last verification of a lot's trace on chain found. */
public enum LotVerdict {
	/** A record no longer matches its anchor, or an anchored record is missing here. */
	MISMATCH,
	/** Every record matches its anchor. */
	ALL_VERIFIED,
	/** Some records are not anchored yet, or the chain could not be asked. */
	INCOMPLETE
}
