package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;

/**
 * Where each lot of a trace was, and when: one stop per lot and place, each
 * shipment from one place to another, and the events worth a mark on a
 * timeline. What the custody timeline draws as bars, the journey map as
 * arrows and the lineage graph as its custody nodes. A lot split between
 * several shops is at each of them at once; a stop ends when all that came
 * to it has left, been used up by a transformation or sold out, and lasts
 * while some remains (or while the events do not count it). Events declared
 * erroneous are left out.
 *
 * @param stops every stop of every lot, in the order the lot reached them
 * @param moves every shipment matched with its receipt
 * @param marks shipments, receipts and inspections, in time order
 */
public record CustodyChain(List<Stop> stops, List<Move> moves, List<Mark> marks) {

	/**
	 * One lot at one place.
	 *
	 * @param party    who held it there, where the events say
	 * @param to       when the last of it left, or null while some remains
	 * @param quantity how much came (or was made) there, or null when the events do not count it
	 * @param held     how much is still there by its holder's records (what came less what left, was used
	 *                 or sold), or null when the events do not count it
	 */
	public record Stop(String item, String party, String location, Instant from, Instant to, BigDecimal quantity,
			BigDecimal held, String uom) {
	}

	/**
	 * A shipment of part or all of a lot from one stop to another; or, where it
	 * left and arrived at once, its holder taking it to another of its sites
	 * with no shipment recorded ({@link #unrecorded()}).
	 */
	public record Move(String item, Stop from, Stop to, Instant left, Instant arrived, BigDecimal quantity, String uom) {

		/** True for a move the events imply but no shipment records. */
		public boolean unrecorded() {
			return left.equals(arrived);
		}
	}

	/** An event worth a mark on a timeline. */
	public record Mark(String item, Instant time, Kind kind, String location) {

		public enum Kind {
			SHIPPED, RECEIVED, INSPECTION_PASSED, INSPECTION_FAILED
		}
	}

	/** The custody of {@code items} (a lot, its inputs, what was made of it) as the trace's events tell it. */
	public static CustodyChain of(Trace trace, Collection<String> items) {
		List<Stop> stops = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		List<Mark> marks = new ArrayList<>();
		// Each lot's events in one pass: a recall reaching a thousand shops has thousands of lots and events.
		Set<String> wanted = new HashSet<>(items);
		Map<String, List<EpcisEvent>> byItem = new HashMap<>();
		for (EpcisEvent e : trace.all().events()) {
			if (!e.isErrorDeclaration() && !trace.corrected().containsKey(e.hashId())) {
				e.mentioned().stream().filter(wanted::contains)
						.forEach(item -> byItem.computeIfAbsent(item, i -> new ArrayList<>()).add(e));
			}
		}
		for (String item : items) {
			List<EpcisEvent> events = byItem.getOrDefault(item, List.of());
			new LotCustody(item).read(events, stops, moves);
			for (EpcisEvent e : events) {
				Mark.Kind kind = kind(e);
				if (kind != null) {
					marks.add(new Mark(item, e.eventTime(), kind, place(e)));
				}
			}
		}
		marks.sort(Comparator.comparing(Mark::time));
		return new CustodyChain(List.copyOf(stops), List.copyOf(moves), List.copyOf(marks));
	}

	/** Where an event happened: its business location, else its read point. */
	private static String place(EpcisEvent e) {
		return e.bizLocation() != null ? e.bizLocation() : e.readPoint();
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

	/** One lot's stops, place by place, as its events arrive in time order. */
	private static final class LotCustody {
		private final String item;
		private final Map<String, Place> places = new LinkedHashMap<>();
		private final List<Shipment> inTransit = new ArrayList<>();
		private final List<Shipment> delivered = new ArrayList<>();

		LotCustody(String item) {
			this.item = item;
		}

		/** What is known of the lot at one place while its events are read. */
		private final class Place {
			final String location;
			String party;
			final Instant from;
			Instant lastOut;
			BigDecimal in;
			BigDecimal out = BigDecimal.ZERO;
			String uom;
			Stop stop;

			Place(String location, String party, Instant from) {
				this.location = location;
				this.party = party;
				this.from = from;
			}

			void arrive(QuantityElement q) {
				if (q != null) {
					in = in == null ? q.quantity() : in.add(q.quantity());
					uom = q.uom();
				}
			}

			void leave(QuantityElement q, Instant time) {
				lastOut = time;
				if (q != null) {
					out = out.add(q.quantity());
				}
			}

			/** All of it left, with no shipment recorded: its holder took it to another of its sites. */
			void moveAll(Instant time) {
				lastOut = time;
				out = in == null ? out : in;
			}

			boolean gone() {
				return lastOut != null && (in == null || out.compareTo(in) >= 0);
			}

			/** The stop, made once every event is read: gone when all that came has left. */
			Stop stop() {
				if (stop == null) {
					stop = new Stop(item, party, location, from, gone() ? lastOut : null, in,
							in == null ? null : in.subtract(out).max(BigDecimal.ZERO), uom);
				}
				return stop;
			}
		}

		/** A shipment from a place, bound for a location; its receipt names where and when it arrived. */
		private final class Shipment {
			final Place from;
			final String to;
			final Instant left;
			final QuantityElement quantity;
			Place at;
			Instant arrived;

			Shipment(Place from, String to, Instant left, QuantityElement quantity) {
				this.from = from;
				this.to = to;
				this.left = left;
				this.quantity = quantity;
			}
		}

		void read(List<EpcisEvent> events, List<Stop> stops, List<Move> moves) {
			for (EpcisEvent e : events) {
				QuantityElement q = quantity(e, item);
				if (BizSteps.SHIPPING.equals(e.bizStep())) {
					String from = e.source(PartyRef.LOCATION) != null ? e.source(PartyRef.LOCATION) : place(e);
					Place place = at(from, e.source(PartyRef.POSSESSING_PARTY), e.eventTime(), q);
					place.leave(q, e.eventTime());
					inTransit.add(new Shipment(place, e.destination(PartyRef.LOCATION), e.eventTime(), q));
				} else if (BizSteps.RECEIVING.equals(e.bizStep())) {
					Place place = places.computeIfAbsent(place(e),
							l -> new Place(l, e.destination(PartyRef.POSSESSING_PARTY), e.eventTime()));
					place.arrive(q);
					received(place, e.eventTime());
				} else if (consumes(e)) {
					at(place(e), null, e.eventTime(), q).leave(q, e.eventTime());
				} else if (place(e) != null) {
					// Made or seen here: a harvest, a transformation's output, a storing.
					at(place(e), e.destination(PartyRef.POSSESSING_PARTY), e.eventTime(), q);
				}
			}
			places.values().forEach(p -> stops.add(p.stop()));
			for (Shipment s : delivered) {
				QuantityElement q = s.quantity;
				moves.add(new Move(item, s.from.stop(), s.at.stop(), s.left, s.arrived,
						q == null ? null : q.quantity(), q == null ? null : q.uom()));
			}
		}

		/**
		 * The place the lot is at, as an event there says. A place the lot first
		 * appears at without a receipt is where it was made, or where its holder
		 * took it unrecorded: the place it was at last then ends.
		 */
		private Place at(String location, String party, Instant time, QuantityElement q) {
			Place place = places.get(location);
			if (place == null) {
				Place last = places.values().stream().filter(p -> !p.gone()).reduce((first, second) -> second).orElse(null);
				place = new Place(location, party, time);
				place.arrive(q);
				places.put(location, place);
				if (last != null) {
					last.moveAll(time);
					Shipment moved = new Shipment(last, location, time,
							last.in == null ? null : new QuantityElement(item, last.in, last.uom));
					moved.at = place;
					moved.arrived = time;
					delivered.add(moved);
				}
			} else if (place.party == null) {
				place.party = party;
			}
			return place;
		}

		/** A receipt ends the oldest shipment bound for its place, else the oldest one in transit. */
		private void received(Place place, Instant time) {
			Shipment matched = inTransit.stream().filter(s -> place.location.equals(s.to)).findFirst()
					.orElse(inTransit.isEmpty() ? null : inTransit.get(0));
			if (matched != null) {
				inTransit.remove(matched);
				matched.at = place;
				matched.arrived = time;
				delivered.add(matched);
			}
		}

		/** A transformation using the lot up, a sale or a destruction: it leaves the place it was at. */
		private boolean consumes(EpcisEvent e) {
			return e.inputEpcs().contains(item) || e.inputQuantities().stream().anyMatch(q -> q.epcClass().equals(item))
					|| BizSteps.RETAIL_SELLING.equals(e.bizStep()) || BizSteps.DESTROYING.equals(e.bizStep());
		}
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
