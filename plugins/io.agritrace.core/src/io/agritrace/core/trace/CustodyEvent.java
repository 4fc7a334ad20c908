package io.agritrace.core.trace;

import java.time.Instant;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;

/**
 * One event as the custody of one lot reads it: when and where it happened,
 * who handed the lot to whom, how much of the lot it names and whether it used
 * the lot up. The store makes these from its indexed columns and a trace from
 * its parsed events, so that both feed the one custody computation,
 * {@link CustodyChain}.
 *
 * @param place          its business location, else its read point
 * @param sourceLocation the location a shipment leaves, or null
 * @param quantity       the lot's quantity in the event, or null when it counts none
 * @param input          true when a transformation uses the lot as an input
 */
public record CustodyEvent(EventHashId event, Instant time, String bizStep, String disposition, String place,
		String sourceParty, String sourceLocation, String destParty, String destLocation, QuantityElement quantity,
		boolean input) {

	/** The custody of {@code item} as a parsed event tells it. */
	public static CustodyEvent of(EpcisEvent e, String item) {
		boolean input = e.inputEpcs().contains(item) || e.inputQuantities().stream().anyMatch(q -> q.epcClass().equals(item));
		return new CustodyEvent(e.hashId(), e.eventTime(), e.bizStep(), e.disposition(),
				e.bizLocation() != null ? e.bizLocation() : e.readPoint(), e.source(PartyRef.POSSESSING_PARTY),
				e.source(PartyRef.LOCATION), e.destination(PartyRef.POSSESSING_PARTY), e.destination(PartyRef.LOCATION),
				CustodyChain.quantity(e, item), input);
	}

	boolean shipping() {
		return BizSteps.SHIPPING.equals(bizStep);
	}

	boolean receiving() {
		return BizSteps.RECEIVING.equals(bizStep);
	}

	/** A transformation using the lot up, a sale or a destruction: it leaves the place it was at. */
	boolean consumes() {
		return input || BizSteps.RETAIL_SELLING.equals(bizStep) || BizSteps.DESTROYING.equals(bizStep);
	}

	/** Where a shipment leaves from: its source location, else where it was recorded. */
	public String origin() {
		return sourceLocation != null ? sourceLocation : place;
	}
}
