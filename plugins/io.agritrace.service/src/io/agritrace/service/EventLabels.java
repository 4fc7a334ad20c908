package io.agritrace.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;

/**
 * An event as people name it, on every page and in every sentence: by its
 * step, place and time rather than its hash ID, with who acted in it and how
 * much it names.
 */
public final class EventLabels {

	private EventLabels() {
	}

	/**
	 * The event's step, place and time, e.g. "Shipping at Meihe Mill, 2026-11-17 08:49".
	 *
	 * @param places a place identifier's name
	 */
	public static String describe(EpcisEvent e, UnaryOperator<String> places, Locale language) {
		String step = StepNames.of(e.bizStep() != null ? e.bizStep() : e.type().name(), language);
		String place = place(e);
		return place == null ? Texts.Event_namedNowhere.text(language, step, time(e))
				: Texts.Event_named.text(language, step, places.apply(place), time(e));
	}

	/** The event's time as every screen writes it: in its own offset, written where it is not the workspace's. */
	public static String time(EpcisEvent e) {
		return Times.format(e.eventTime().atOffset(e.timeZone()), WorkspaceZone.zone());
	}

	/** Where the event happened: its business location, else its read point; null for neither. */
	public static String place(EpcisEvent e) {
		return e.bizLocation() != null ? e.bizLocation() : e.readPoint();
	}

	/**
	 * Who acted in the event, as the credit rules read it: the operator of its
	 * place, else the party it names as possessing the goods (where they went,
	 * else where they came from); null when none is known.
	 *
	 * @param operators who runs each registered place
	 */
	public static String party(EpcisEvent e, Map<String, String> operators) {
		String operator = place(e) == null ? null : operators.get(place(e));
		if (operator != null) {
			return operator;
		}
		String to = e.destination(PartyRef.POSSESSING_PARTY);
		return to != null ? to : e.source(PartyRef.POSSESSING_PARTY);
	}

	/** How much the event names, e.g. "12,000 kg": a transformation's outputs, else its quantities; empty for none. */
	public static String quantity(EpcisEvent e, Locale language) {
		List<QuantityElement> lots = new ArrayList<>(e.outputQuantities());
		if (lots.isEmpty()) {
			lots.addAll(e.quantities());
			lots.addAll(e.childQuantities());
		}
		return lots.stream().filter(q -> q.quantity() != null).map(q -> amount(q.quantity(), q.uom(), language))
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** How much of one lot the event names, in whatever role (used, made, moved); empty for none. */
	public static String quantity(EpcisEvent e, String lot, Locale language) {
		QuantityElement q = CustodyChain.quantity(e, lot);
		return q == null || q.quantity() == null ? "" : amount(q.quantity(), q.uom(), language); //$NON-NLS-1$
	}

	private static String amount(BigDecimal quantity, String unit, Locale language) {
		return Quantities.of(quantity, unit == null ? "" : unit, language).strip(); //$NON-NLS-1$
	}
}
