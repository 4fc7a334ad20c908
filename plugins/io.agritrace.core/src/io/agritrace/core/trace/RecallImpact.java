package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.rules.CustodyRules;

/**
 * Who must be told when a lot is recalled: every place the lot or anything
 * made from it reached or was made at, with its holder, how much came there
 * and how much is still there by the holder's own records, and every
 * shipment of them still on its way, with the party and place it is bound
 * for. A lot that was split and merged again (a diamond) is counted once at
 * each place.
 *
 * @param lot        the recalled lot
 * @param recipients every stop of the lot and of the lots made from it, and every shipment on its way, most kilograms first
 */
public record RecallImpact(String lot, List<Recipient> recipients) {

	/** How a lot came to a recipient. */
	public enum Arrival {
		/** Made there: a transformation's output, a harvest. */
		MADE,
		/** Delivered there: a shipment arrived, or a receipt says so. */
		DELIVERED,
		/** Shipped to it and not received yet: the goods are on the road. */
		ON_ITS_WAY;

		/** "made here", "delivered", "on its way", in the language asked for. */
		public String label(Locale language) {
			return (switch (this) {
			case MADE -> Texts.Arrival_made;
			case DELIVERED -> Texts.Arrival_delivered;
			case ON_ITS_WAY -> Texts.Arrival_onItsWay;
			}).text(language);
		}
	}

	/**
	 * One lot at one place, or one shipment of it on its way to a place.
	 *
	 * @param party    who held it there, or the party a shipment on its way is bound for; null where the events do not say
	 * @param location where it is, or the place a shipment on its way is bound for
	 * @param arrived  when it came or was made there; when a shipment on its way left
	 * @param received how much came or was made there, or left in the shipment; null when the events do not count it
	 * @param held     how much is still there (all of a shipment on its way), or null likewise
	 */
	public record Recipient(String party, String location, String item, Instant arrived, BigDecimal received,
			BigDecimal held, String uom, Arrival how) {

		/** {@link #received()} in kg, or null when it is not a mass. */
		public BigDecimal receivedKg() {
			return kilograms(received);
		}

		/** {@link #held()} in kg, or null when it is not a mass. */
		public BigDecimal heldKg() {
			return kilograms(held);
		}

		private BigDecimal kilograms(BigDecimal quantity) {
			return quantity == null ? null
					: CustodyRules.kilograms(List.of(new QuantityElement(item, quantity, uom)));
		}
	}

	public RecallImpact {
		recipients = List.copyOf(recipients);
	}

	/** The recall of the trace's root: its stops and those of every lot made from it. */
	public static RecallImpact of(Trace trace) {
		Set<String> items = new LinkedHashSet<>();
		items.add(trace.root());
		items.addAll(trace.downstream().items(false));
		CustodyChain custody = CustodyChain.of(trace, items);
		// Delivered: a shipment arrived there, or a receipt says so where no shipment was recorded.
		Set<String> delivered = new HashSet<>();
		custody.moves().forEach(m -> delivered.add(m.item() + ' ' + m.to().location()));
		custody.marks().stream().filter(m -> m.kind() == CustodyChain.Mark.Kind.RECEIVED)
				.forEach(m -> delivered.add(m.item() + ' ' + m.location()));
		List<Recipient> recipients = new ArrayList<>();
		for (CustodyChain.Stop stop : custody.stops()) {
			recipients.add(new Recipient(stop.party(), stop.location(), stop.item(), stop.from(), stop.quantity(),
					stop.held(), stop.uom(),
					delivered.contains(stop.item() + ' ' + stop.location()) ? Arrival.DELIVERED : Arrival.MADE));
		}
		for (CustodyChain.Transit transit : custody.transits()) {
			recipients.add(new Recipient(transit.toParty(), transit.toLocation(), transit.item(), transit.left(),
					transit.quantity(), transit.quantity(), transit.uom(), Arrival.ON_ITS_WAY));
		}
		recipients.sort(Comparator.comparing(Recipient::receivedKg, Comparator.nullsLast(Comparator.reverseOrder())));
		return new RecallImpact(trace.root(), recipients);
	}

	/** The parties named as holders, each once. */
	public Set<String> parties() {
		Set<String> parties = new LinkedHashSet<>();
		recipients.stream().map(Recipient::party).filter(Objects::nonNull).forEach(parties::add);
		return parties;
	}

	/** Kilograms still held at every place or on their way, of the quantities that are masses. */
	public BigDecimal heldKg() {
		return recipients.stream().map(Recipient::heldKg).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}
}
