package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.QuantityElement;

/**
 * Who held each lot of a trace where and when, each shipment between two
 * holders, and the events worth a mark on a timeline: what the custody
 * timeline draws as bars and the journey map as arrows. A lot's last custody
 * ends when a transformation uses it up. Events declared erroneous are left out.
 *
 * @param stops every custody segment of every lot, with the quantity received
 * @param moves every shipment from one stop to the next of the same lot
 * @param marks shipments, receipts and inspections, in time order
 */
public record CustodyChain(List<Stop> stops, List<Move> moves, List<Mark> marks) {

	/**
	 * One lot at one holder.
	 *
	 * @param to null while it lasts
	 * @param quantity what the event that opened it counted, or null
	 */
	public record Stop(String item, String party, String location, Instant from, Instant to, BigDecimal quantity,
			String uom) {
	}

	/** A lot on its way from one stop to the next: it left at {@code from.to()} and arrived at {@code to.from()}. */
	public record Move(String item, Stop from, Stop to, BigDecimal quantity, String uom) {
	}

	/** An event worth a mark on a timeline. */
	public record Mark(String item, Instant time, Kind kind, String location) {

		public enum Kind {
			SHIPPED, RECEIVED, INSPECTION_PASSED, INSPECTION_FAILED
		}
	}

	/** The custody of {@code items} (the lot and its inputs, say) as the trace's events tell it. */
	public static CustodyChain of(Trace trace, Collection<String> items) {
		List<Stop> stops = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		List<Mark> marks = new ArrayList<>();
		for (String item : items) {
			List<EpcisEvent> events = trace.all().events().stream()
					.filter(e -> !e.isErrorDeclaration() && !trace.corrected().containsKey(e.hashId()) && e.mentions(item))
					.toList();
			Instant consumed = consumed(events, item);
			Stop previous = null;
			for (CustodySegment segment : new Timeline(events).custody()) {
				QuantityElement received = opening(events, segment, item);
				Instant to = segment.to() == null ? consumed : segment.to();
				Stop stop = new Stop(item, segment.party(), segment.location(), segment.from(), to,
						received == null ? null : received.quantity(), received == null ? null : received.uom());
				if (previous != null && previous.to() != null) {
					moves.add(new Move(item, previous, stop, stop.quantity(), stop.uom()));
				}
				stops.add(stop);
				previous = stop;
			}
			for (EpcisEvent e : events) {
				Mark.Kind kind = kind(e);
				if (kind != null) {
					marks.add(new Mark(item, e.eventTime(), kind, e.bizLocation() != null ? e.bizLocation() : e.readPoint()));
				}
			}
		}
		marks.sort((a, b) -> a.time().compareTo(b.time()));
		return new CustodyChain(List.copyOf(stops), List.copyOf(moves), List.copyOf(marks));
	}

	/** When a transformation used the item up, or null: its last custody ends there. */
	private static Instant consumed(List<EpcisEvent> events, String item) {
		Instant last = null;
		for (EpcisEvent e : events) {
			if (e.inputEpcs().contains(item) || e.inputQuantities().stream().anyMatch(q -> q.epcClass().equals(item))) {
				last = e.eventTime();
			}
		}
		return last;
	}

	private static Mark.Kind kind(EpcisEvent e) {
		if (BizSteps.SHIPPING.equals(e.bizStep())) {
			return Mark.Kind.SHIPPED;
		}
		if (BizSteps.RECEIVING.equals(e.bizStep())) {
			return Mark.Kind.RECEIVED;
		}
		if (BizSteps.INSPECTING.equals(e.bizStep())) {
			return "non_conformant".equals(e.disposition()) ? Mark.Kind.INSPECTION_FAILED : Mark.Kind.INSPECTION_PASSED; //$NON-NLS-1$
		}
		return null;
	}

	/** The item's quantity in the event that opened a segment. */
	private static QuantityElement opening(List<EpcisEvent> events, CustodySegment segment, String item) {
		for (EpcisEvent e : events) {
			if (e.eventTime().equals(segment.from())) {
				QuantityElement q = quantity(e, item);
				if (q != null) {
					return q;
				}
			}
		}
		return null;
	}

	/** The item's quantity in an event, in whatever role the event names it; null when it counts none. */
	public static QuantityElement quantity(EpcisEvent e, String item) {
		for (List<QuantityElement> list : List.of(e.quantities(), e.outputQuantities(), e.inputQuantities(),
				e.childQuantities())) {
			for (QuantityElement q : list) {
				if (q.epcClass().equals(item)) {
					return q;
				}
			}
		}
		return null;
	}
}
