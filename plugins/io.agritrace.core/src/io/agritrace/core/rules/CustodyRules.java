package io.agritrace.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.TypicalYield;
import io.agritrace.core.text.Times;
import io.agritrace.core.text.Units;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.CustodyEvent;

/**
 * The custody rules every event is checked against before it is stored: time,
 * existence, holder, destination, end of life, conservation of quantity,
 * containment and known master data. Recorded events must break none; imported
 * ones are stored with what they break.
 */
public final class CustodyRules {

	/** Units of one family can be compared after conversion to the first unit. */
	private static final Map<String, BigDecimal> MASS_IN_KG = Map.of("KGM", BigDecimal.ONE, //$NON-NLS-1$
			"TNE", BigDecimal.valueOf(1000), "GRM", new BigDecimal("0.001")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Categories made from others besides themselves: milled rice from paddy catalogued as grain. */
	private static final Map<String, Set<String>> MADE_FROM = Map.of("rice", Set.of("grain")); //$NON-NLS-1$ //$NON-NLS-2$
	private final Clock clock;

	/** @param clock what "now" is, in the workspace's zone: the zone in which broken rules write times */
	public CustodyRules(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Every rule the event breaks, given the state before it; empty when it is fine.
	 *
	 * @param recordedHere true for events made here: they may name only known
	 *                     items, parties, locations and products. Imported
	 *                     events may introduce new ones.
	 */
	public List<RuleViolation> check(EpcisEvent e, CustodyState state, boolean recordedHere) {
		List<RuleViolation> violations = new ArrayList<>();
		Instant now = clock.instant();
		if (e.eventTime().isAfter(now)) {
			violations.add(new RuleViolation("eventTime", e.eventTime().toString(), //$NON-NLS-1$
					RuleTexts.Rule_future.with(Times.format(e.eventTime().atOffset(e.timeZone()), clock.getZone()))));
		}
		boolean creates = "ADD".equals(e.action()) && e.type() == EventType.ObjectEvent; //$NON-NLS-1$
		for (String item : existingItems(e, creates)) {
			Optional<ItemHistory> known = state.history(item);
			if (known.isEmpty()) {
				if (recordedHere) {
					violations.add(new RuleViolation("item", item, RuleTexts.Rule_unknownItem.with(item))); //$NON-NLS-1$
				}
				continue;
			}
			ItemHistory history = known.get();
			if (e.eventTime().isBefore(history.firstSeen())) {
				violations.add(new RuleViolation("eventTime", e.eventTime().toString(), //$NON-NLS-1$
						RuleTexts.Rule_beforeItem.with(Times.format(e.eventTime().atOffset(e.timeZone()), clock.getZone()), item,
								Times.format(history.firstSeen(), clock.getZone()))));
			}
			if (history.destroyed()) {
				violations.add(new RuleViolation("item", item, RuleTexts.Rule_destroyed.with(item))); //$NON-NLS-1$
			} else if (history.usedUp()) {
				violations.add(new RuleViolation("item", item, RuleTexts.Rule_consumed.with(item))); //$NON-NLS-1$
			}
		}
		checkQuantitiesPositive(e, violations);
		checkShipment(e, state, violations);
		checkDestination(e, state, violations);
		conservation(e).ifPresent(violations::add);
		checkContainment(e, state, violations);
		if (recordedHere) {
			checkMasterData(e, state, violations);
			violations.addAll(products(e, state::category));
		}
		return violations;
	}

	/** Items the event needs to exist already: all but what it creates. */
	private static Set<String> existingItems(EpcisEvent e, boolean creates) {
		Set<String> items = new LinkedHashSet<>();
		if (!creates) {
			items.addAll(e.epcs());
			e.quantities().forEach(q -> items.add(q.epcClass()));
		}
		items.addAll(e.inputEpcs());
		e.inputQuantities().forEach(q -> items.add(q.epcClass()));
		if (e.type() == EventType.AggregationEvent && "ADD".equals(e.action())) { //$NON-NLS-1$
			items.addAll(e.childEpcs());
			e.childQuantities().forEach(q -> items.add(q.epcClass()));
		}
		return items;
	}

	/**
	 * Only a party that holds some of a batch can ship it: where it is held,
	 * the shipper must be among its holders; and it ships no more than is held
	 * where the shipment leaves. Each item's custody is read once.
	 */
	private static void checkShipment(EpcisEvent e, CustodyState state, List<RuleViolation> violations) {
		if (!BizSteps.SHIPPING.equals(e.bizStep())) {
			return;
		}
		String shipper = e.source(PartyRef.POSSESSING_PARTY);
		for (String item : objects(e)) {
			List<CustodyChain.Stop> onHand = state.custody(item).onHand(item);
			Set<String> holders = new LinkedHashSet<>();
			onHand.stream().map(CustodyChain.Stop::party).filter(Objects::nonNull).forEach(holders::add);
			if (!holders.isEmpty() && !holders.contains(shipper)) {
				violations.add(new RuleViolation("sourceList", String.valueOf(shipper), //$NON-NLS-1$
						RuleTexts.Rule_notHolder.with(shipper, item, String.join(", ", holders)))); //$NON-NLS-1$
			}
			e.quantities().stream().filter(q -> q.epcClass().equals(item)).forEach(q -> checkQuantityHeld(e, q, onHand, violations));
		}
	}

	/** A quantity counts what is there: none is below zero. */
	private static void checkQuantitiesPositive(EpcisEvent e, List<RuleViolation> violations) {
		Map<RuleTexts, List<QuantityElement>> lists = new LinkedHashMap<>();
		lists.put(RuleTexts.Field_quantityList, e.quantities());
		lists.put(RuleTexts.Field_childQuantityList, e.childQuantities());
		lists.put(RuleTexts.Field_inputQuantityList, e.inputQuantities());
		lists.put(RuleTexts.Field_outputQuantityList, e.outputQuantities());
		lists.forEach((field, list) -> list.stream().filter(q -> q.quantity() != null && q.quantity().signum() < 0)
				.forEach(q -> violations.add(new RuleViolation(field.name().substring("Field_".length()), //$NON-NLS-1$
						q.quantity().toPlainString(), RuleTexts.Rule_negativeQuantity.with(field.with(),
								grouped(q.quantity()), q.epcClass())))));
	}

	/**
	 * A shipment takes no more of a lot than is held where it leaves from, so
	 * that no kilogram vanishes from the custody (the Record Event wizard
	 * shows the same limit as the user types). Quantities in units that do not
	 * convert to the held ones, and places whose holding is not counted, are
	 * left to the other rules.
	 */
	private static void checkQuantityHeld(EpcisEvent e, QuantityElement shipped, List<CustodyChain.Stop> onHand,
			List<RuleViolation> violations) {
		String from = CustodyEvent.of(e, shipped.epcClass()).origin();
		List<CustodyChain.Stop> there = onHand.stream().filter(s -> s.location() != null && s.location().equals(from)).toList();
		if (shipped.quantity() == null || there.size() != 1 || there.get(0).held() == null) {
			return;
		}
		CustodyChain.Stop stop = there.get(0);
		BigDecimal held = inUnit(stop.held(), stop.uom(), shipped.uom());
		if (held != null && shipped.quantity().compareTo(held) > 0) {
			violations.add(new RuleViolation("quantityList", shipped.quantity().toPlainString(), //$NON-NLS-1$
					RuleTexts.Rule_moreThanHeld.with(grouped(shipped.quantity()), Units.of(shipped.uom()),
							shipped.epcClass(), from, grouped(held))));
		}
	}

	/** A quantity in another unit, when both are the same unit or both masses; null otherwise. */
	private static BigDecimal inUnit(BigDecimal quantity, String from, String to) {
		if (Objects.equals(from, to)) {
			return quantity;
		}
		BigDecimal fromKg = from == null ? null : MASS_IN_KG.get(from);
		BigDecimal toKg = to == null ? null : MASS_IN_KG.get(to);
		return fromKg == null || toKg == null ? null : quantity.multiply(fromKg).divide(toKg, 6, RoundingMode.HALF_UP);
	}

	/** A shipment can be received only at a destination it is on its way to. */
	private static void checkDestination(EpcisEvent e, CustodyState state, List<RuleViolation> violations) {
		if (!BizSteps.RECEIVING.equals(e.bizStep())) {
			return;
		}
		String place = e.bizLocation() != null ? e.bizLocation() : e.destination(PartyRef.LOCATION);
		for (String item : objects(e)) {
			Set<String> destinations = new LinkedHashSet<>();
			state.custody(item).transits().stream().map(CustodyChain.Transit::toLocation).filter(Objects::nonNull)
					.forEach(destinations::add);
			if (!destinations.isEmpty() && !destinations.contains(place)) {
				violations.add(new RuleViolation("bizLocation", String.valueOf(place), //$NON-NLS-1$
						RuleTexts.Rule_wrongDestination.with(item, place, destinations.toString())));
			}
		}
	}

	/**
	 * Outputs of a transformation weigh no more than its inputs (same unit
	 * family): the rule the Record Event wizard also shows as the user types.
	 */
	public static Optional<RuleViolation> conservation(EpcisEvent e) {
		if (e.type() != EventType.TransformationEvent) {
			return Optional.empty();
		}
		BigDecimal in = kilograms(e.inputQuantities());
		BigDecimal out = kilograms(e.outputQuantities());
		if (in == null || out == null || out.compareTo(in) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new RuleViolation("outputQuantityList", out.toPlainString(), //$NON-NLS-1$
				RuleTexts.Rule_notConserved.with(grouped(out), grouped(in))));
	}

	/**
	 * A quantity as a rule's text quotes it: digits grouped in thousands, alike
	 * in Chinese and English (16,380), every decimal it has kept. The stored
	 * message keeps this text, so it is written once, here.
	 */
	private static String grouped(BigDecimal quantity) {
		NumberFormat digits = NumberFormat.getNumberInstance(Locale.ROOT);
		digits.setMaximumFractionDigits(Math.max(0, quantity.stripTrailingZeros().scale()));
		return digits.format(quantity);
	}

	/**
	 * A transformation makes a product of the category of one of its inputs
	 * (rice from rice, red ginseng from ginseng) or made from it (milled rice
	 * from paddy catalogued as grain); and where the yield table knows both its
	 * step and the output's category, a step the table lists for that
	 * category: red ginseng is not milled into rice, nor rice killed. Products
	 * whose category is not known are left alone. The Record Event wizard asks
	 * the same as the user types.
	 *
	 * @param category the category of a product by its GTIN, if known
	 */
	public static List<RuleViolation> products(EpcisEvent e, Function<String, Optional<String>> category) {
		if (e.type() != EventType.TransformationEvent) {
			return List.of();
		}
		List<String> inputs = new ArrayList<>(e.inputEpcs());
		e.inputQuantities().forEach(q -> inputs.add(q.epcClass()));
		Set<String> made = new LinkedHashSet<>();
		for (String input : inputs) {
			Optional<String> kind = Identifiers.gtin(input).flatMap(category);
			if (kind.isEmpty()) {
				return List.of();
			}
			made.add(kind.get());
		}
		List<String> outputs = new ArrayList<>(e.outputEpcs());
		e.outputQuantities().forEach(q -> outputs.add(q.epcClass()));
		List<RuleViolation> violations = new ArrayList<>();
		for (String output : outputs) {
			Optional<String> kind = Identifiers.gtin(output).flatMap(category);
			if (kind.isEmpty()) {
				continue;
			}
			if (!made.contains(kind.get()) && made.stream().noneMatch(MADE_FROM.getOrDefault(kind.get(), Set.of())::contains)) {
				violations.add(new RuleViolation("outputQuantityList", output, //$NON-NLS-1$
						RuleTexts.Rule_notMadeFrom.with(output, String.join(", ", inputs)))); //$NON-NLS-1$
			} else if (TypicalYield.tabled(e.bizStep()) && TypicalYield.tabledCategory(kind.get())
					&& TypicalYield.of(e.bizStep(), kind.get()).isEmpty()) {
				violations.add(new RuleViolation("bizStep", e.bizStep(), RuleTexts.Rule_notMadeBy.with(output))); //$NON-NLS-1$
			}
		}
		return violations;
	}

	/** Total mass in kg, or null when any quantity is not a mass. */
	public static BigDecimal kilograms(List<QuantityElement> quantities) {
		if (quantities.isEmpty()) {
			return null;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (QuantityElement q : quantities) {
			BigDecimal factor = q.uom() == null ? null : MASS_IN_KG.get(q.uom());
			if (factor == null || q.quantity() == null) {
				return null;
			}
			total = total.add(q.quantity().multiply(factor));
		}
		return total;
	}

	/** Children packed into a container must not be in another one. */
	private static void checkContainment(EpcisEvent e, CustodyState state, List<RuleViolation> violations) {
		if (e.type() != EventType.AggregationEvent || !"ADD".equals(e.action())) { //$NON-NLS-1$
			return;
		}
		List<String> children = new ArrayList<>(e.childEpcs());
		e.childQuantities().forEach(q -> children.add(q.epcClass()));
		for (String child : children) {
			Optional<String> container = state.container(child);
			if (container.isPresent() && !container.get().equals(e.parentId())) {
				violations.add(new RuleViolation("childEPCs", child, //$NON-NLS-1$
						RuleTexts.Rule_inOtherContainer.with(child, container.get())));
			}
		}
	}

	/** Recorded events may name only registered parties, locations and products. */
	private static void checkMasterData(EpcisEvent e, CustodyState state, List<RuleViolation> violations) {
		for (PartyRef p : parties(e)) {
			boolean location = PartyRef.LOCATION.equals(p.type());
			if (location ? !state.knownLocation(p.id()) : !state.knownParty(p.id())) {
				violations.add(new RuleViolation(location ? "location" : "party", p.id(), //$NON-NLS-1$ //$NON-NLS-2$
						(location ? RuleTexts.Rule_unknownLocation : RuleTexts.Rule_unknownParty).with(p.id())));
			}
		}
		for (String place : new String[] { e.readPoint(), e.bizLocation() }) {
			if (place != null && !state.knownLocation(place)) {
				violations.add(new RuleViolation("location", place, RuleTexts.Rule_unknownLocation.with(place))); //$NON-NLS-1$
			}
		}
		for (String item : allItems(e)) {
			Optional<String> gtin = Identifiers.gtin(item);
			if (gtin.isPresent() && !state.knownProduct(gtin.get())) {
				violations.add(new RuleViolation("product", gtin.get(), RuleTexts.Rule_unknownProduct.with(gtin.get()))); //$NON-NLS-1$
			}
		}
	}

	private static List<PartyRef> parties(EpcisEvent e) {
		List<PartyRef> parties = new ArrayList<>(e.sources());
		parties.addAll(e.destinations());
		return parties;
	}

	/** The objects an ObjectEvent or TransactionEvent is about. */
	private static Set<String> objects(EpcisEvent e) {
		Set<String> items = new LinkedHashSet<>(e.epcs());
		e.quantities().forEach(q -> items.add(q.epcClass()));
		return items;
	}

	private static Set<String> allItems(EpcisEvent e) {
		Set<String> items = objects(e);
		items.addAll(e.inputEpcs());
		items.addAll(e.outputEpcs());
		e.inputQuantities().forEach(q -> items.add(q.epcClass()));
		e.outputQuantities().forEach(q -> items.add(q.epcClass()));
		e.childQuantities().forEach(q -> items.add(q.epcClass()));
		items.addAll(e.childEpcs());
		return items;
	}
}
