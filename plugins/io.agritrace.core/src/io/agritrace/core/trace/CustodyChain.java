package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.QuantityElement;

/**
 * Where each lot was, and when, and how much of it is where: the one custody
 * computation behind every "who holds how much where" (the Batch editor, the
 * navigator, the wizards' lots, the recall, the charts, {@code trace}, the
 * custody rules). One stop per lot and place, each shipment from one place to
 * another, the shipments still on their way, and the events worth a mark on a
 * timeline: what the custody timeline draws as bars, the journey map as arrows
 * and the lineage graph as its custody nodes. A lot split between several
 * shops is at each of them at once; a stop ends when all that came to it has
 * left, been used up by a transformation or sold out, and lasts while some
 * remains (or while the events do not count it). Events declared erroneous
 * are left out.
 *
 * @param stops    every stop of every lot, in the order the lot reached them
 * @param moves    every shipment matched with its receipt
 * @param transits every shipment no receipt has matched yet
 * @param marks    shipments, receipts and inspections, in time order
 */
public record CustodyChain(List<Stop> stops, List<Move> moves, List<Transit> transits, List<Mark> marks) {

	/**
	 * One lot at one place.
	 *
	 * @param party    who held it there: the party the events name, else the site's operator; null when neither is known
	 * @param to       when the last of it left, or null while some remains
	 * @param quantity how much came (or was made) there, or null when the events do not count it
	 * @param held     how much is still there by its holder's records (what came less what left, was used
	 *                 or sold), or null when the events do not count it
	 */
	public record Stop(String item, String party, String location, Instant from, Instant to, BigDecimal quantity,
			BigDecimal held, String uom) {

		/** True while some of the lot is there (or the events do not count it and it never left). */
		public boolean onHand() {
			return to == null;
		}
	}

	/**
	 * A shipment of part or all of a lot from one stop to another; or, where it
	 * left and arrived at once, a move no shipment records ({@link #unrecorded()}):
	 * its holder taking it to another of its sites, or a receipt from a place
	 * whose shipment was not recorded.
	 */
	public record Move(String item, Stop from, Stop to, Instant left, Instant arrived, BigDecimal quantity, String uom) {

		/** True for a move the events imply but no shipment records. */
		public boolean unrecorded() {
			return left.equals(arrived);
		}
	}

	/**
	 * A shipment on its way: no receipt has matched it yet.
	 *
	 * @param shipment   the shipping event
	 * @param toParty    the party it is bound for, or null when the shipment does not say
	 * @param toLocation the location it is bound for, or null likewise
	 * @param quantity   how much left, or null when the shipment does not count it
	 */
	public record Transit(String item, EventHashId shipment, Stop from, Instant left, String toParty, String toLocation,
			BigDecimal quantity, String uom) {
	}

	/** An event worth a mark on a timeline. */
	public record Mark(String item, Instant time, Kind kind, String location) {

		public enum Kind {
			SHIPPED, RECEIVED, INSPECTION_PASSED, INSPECTION_FAILED
		}
	}

	/**
	 * The custody of {@code items} (a lot, its inputs, what was made of it) as
	 * the trace's events tell it, the trace's sites naming who runs them.
	 */
	public static CustodyChain of(Trace trace, Collection<String> items) {
		// Each lot's events in one pass: a recall reaching a thousand shops has thousands of lots and events.
		Set<String> wanted = new HashSet<>(items);
		Map<String, List<CustodyEvent>> byItem = new LinkedHashMap<>();
		items.forEach(item -> byItem.put(item, new ArrayList<>()));
		for (EpcisEvent e : trace.all().events()) {
			if (!e.isErrorDeclaration() && !trace.corrected().containsKey(e.hashId())) {
				e.mentioned().stream().filter(wanted::contains)
						.forEach(item -> byItem.get(item).add(CustodyEvent.of(e, item)));
			}
		}
		return of(byItem, trace.operators()::get);
	}

	/**
	 * The custody of each lot from its events, oldest first.
	 *
	 * @param operators who runs a location, or null: the holder of a stop whose events name none
	 */
	public static CustodyChain of(Map<String, List<CustodyEvent>> eventsByLot, Function<String, String> operators) {
		List<Stop> stops = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		List<Transit> transits = new ArrayList<>();
		List<Mark> marks = new ArrayList<>();
		eventsByLot.forEach((item, events) -> {
			new LotCustody(item, operators).read(events, stops, moves, transits);
			for (CustodyEvent e : events) {
				Mark.Kind kind = kind(e);
				if (kind != null) {
					marks.add(new Mark(item, e.time(), kind, e.place()));
				}
			}
		});
		marks.sort(Comparator.comparing(Mark::time));
		return new CustodyChain(List.copyOf(stops), List.copyOf(moves), List.copyOf(transits), List.copyOf(marks));
	}

	/** The stops where some of a lot is now, in the order the lots reached them. */
	public List<Stop> onHand() {
		return stops.stream().filter(Stop::onHand).toList();
	}

	/** The stops of one lot where some of it is now. */
	public List<Stop> onHand(String item) {
		return stops.stream().filter(s -> s.onHand() && s.item().equals(item)).toList();
	}

	private static Mark.Kind kind(CustodyEvent e) {
		if (e.shipping()) {
			return Mark.Kind.SHIPPED;
		}
		if (e.receiving()) {
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
		private final Function<String, String> operators;
		private final Map<String, Place> places = new LinkedHashMap<>();
		private final List<Shipment> inTransit = new ArrayList<>();
		private final List<Shipment> delivered = new ArrayList<>();

		LotCustody(String item, Function<String, String> operators) {
			this.item = item;
			this.operators = operators;
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
				if (q != null && q.quantity() != null) {
					in = in == null ? q.quantity() : in.add(q.quantity());
					uom = q.uom();
				}
			}

			void leave(QuantityElement q, Instant time) {
				lastOut = time;
				if (q != null && q.quantity() != null) {
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
					String holder = party != null || location == null ? party : operators.apply(location);
					stop = new Stop(item, holder, location, from, gone() ? lastOut : null, in,
							in == null ? null : in.subtract(out).max(BigDecimal.ZERO), uom);
				}
				return stop;
			}
		}

		/** A shipment from a place, bound for a location; its receipt names where and when it arrived. */
		private final class Shipment {
			final Place from;
			final CustodyEvent shipped;
			final QuantityElement quantity;
			Place at;
			Instant arrived;

			Shipment(Place from, CustodyEvent shipped, QuantityElement quantity) {
				this.from = from;
				this.shipped = shipped;
				this.quantity = quantity;
			}

			String to() {
				return shipped == null ? null : shipped.destLocation();
			}

			Move move() {
				return new Move(item, from.stop(), at.stop(), shipped == null ? arrived : shipped.time(), arrived,
						quantity == null ? null : quantity.quantity(), quantity == null ? null : quantity.uom());
			}

			Transit transit() {
				return new Transit(item, shipped.event(), from.stop(), shipped.time(), shipped.destParty(),
						shipped.destLocation(), quantity == null ? null : quantity.quantity(),
						quantity == null ? null : quantity.uom());
			}
		}

		void read(List<CustodyEvent> events, List<Stop> stops, List<Move> moves, List<Transit> transits) {
			for (CustodyEvent e : events) {
				QuantityElement q = e.quantity();
				if (e.shipping()) {
					Place place = at(e.origin(), e.sourceParty(), e.time(), q);
					place.leave(q, e.time());
					inTransit.add(new Shipment(place, e, q));
				} else if (e.receiving()) {
					Place place = places.computeIfAbsent(e.place(), l -> new Place(l, e.destParty(), e.time()));
					place.arrive(q);
					received(place, e);
				} else if (e.consumes()) {
					at(e.place(), null, e.time(), q).leave(q, e.time());
				} else if (e.place() != null) {
					// Made or seen here: a harvest, a transformation's output, a storing.
					at(e.place(), e.destParty(), e.time(), q);
				}
			}
			places.values().forEach(p -> stops.add(p.stop()));
			delivered.forEach(s -> moves.add(s.move()));
			inTransit.forEach(s -> transits.add(s.transit()));
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
					Shipment moved = new Shipment(last, null,
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

		/**
		 * A receipt ends the oldest shipment bound for its place, else the oldest
		 * one in transit. With none in transit, what it received was handed over
		 * unrecorded from the place the receipt names as its source, where the lot is.
		 */
		private void received(Place place, CustodyEvent receipt) {
			Shipment matched = inTransit.stream().filter(s -> place.location.equals(s.to())).findFirst()
					.orElse(inTransit.isEmpty() ? null : inTransit.get(0));
			if (matched != null) {
				inTransit.remove(matched);
			} else {
				Place source = receipt.sourceLocation() == null ? null : places.get(receipt.sourceLocation());
				if (source == null || source == place || source.gone()) {
					return;
				}
				QuantityElement q = receipt.quantity();
				if (q == null || q.quantity() == null) {
					source.moveAll(receipt.time());
				} else {
					source.leave(q, receipt.time());
				}
				matched = new Shipment(source, null, q);
			}
			matched.at = place;
			matched.arrived = receipt.time();
			delivered.add(matched);
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
