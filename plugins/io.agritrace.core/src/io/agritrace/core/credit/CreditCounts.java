package io.agritrace.core.credit;

/**
 * The sums one organisation's credit profile is computed from. Every count
 * but {@code records}, {@code mismatches} and {@code missing} is of records
 * that verify on chain only.
 *
 * @param records                 every record of the organisation
 * @param verified                those whose last verification found them anchored and unaltered
 * @param complete                verified records with every field their stage requires
 * @param late                    verified records made later than the policy allows
 * @param inspected               verified inspections
 * @param passed                  of which the lot conformed
 * @param checkedShipments        verified shipments and receipts with temperature readings against a band
 * @param shipmentsWithExcursions of which some reading left the band
 * @param excursionMinutes        how long the readings were out of the band, in all
 * @param corrected               verified records later declared erroneous and corrected
 * @param mismatches              records that no longer give the hash ID anchored for them
 * @param missing                 events anchored on chain for its lots that the database lacks
 */
public record CreditCounts(long records, long verified, long complete, long late, long inspected, long passed,
		long checkedShipments, long shipmentsWithExcursions, long excursionMinutes, long corrected, long mismatches,
		long missing) {

	public static final CreditCounts NONE = new CreditCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public CreditCounts plus(CreditCounts o) {
		return new CreditCounts(records + o.records, verified + o.verified, complete + o.complete, late + o.late,
				inspected + o.inspected, passed + o.passed, checkedShipments + o.checkedShipments,
				shipmentsWithExcursions + o.shipmentsWithExcursions, excursionMinutes + o.excursionMinutes,
				corrected + o.corrected, mismatches + o.mismatches, missing + o.missing);
	}

	/** Records not counted because they do not verify (pending, not on chain, never verified, altered). */
	public long unverified() {
		return records - verified;
	}
}
