package io.agritrace.core.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.rules.CustodyRules;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorSeries;
import io.agritrace.core.trace.Timeline;

/**
 * What one event tells of its organisation's record keeping, and what the
 * dashboard counts of it; the store keeps them beside the event.
 *
 * @param party            whose record it is: the operator of its site, else its destination's, else its source's
 *                         possessing party; null when nothing says
 * @param stage            its stage in NY/T 4712-2025's terms
 * @param gtin             the product of its first lot, or null
 * @param division         the county of its site, or null
 * @param toDivision       a shipment's destination county, or null
 * @param kg               its lots' mass (a transformation's outputs), or null when not a mass
 * @param missing          the fields its stage requires that it lacks ({@link #WHO} …), empty when complete
 * @param delay            from when it happened to when it was recorded
 * @param inspectionPassed for an inspection, whether the lot conformed; null otherwise
 * @param excursions       its temperature readings' excursions from the product's storage band, or null when
 *                         it has no temperature reading or its product no band
 * @param excursionMinutes their total length
 * @param implausibleYield a transformation whose outputs' mass is outside the range typical of its step
 */
public record EventFacts(String party, Stage stage, String gtin, String division, String toDivision, BigDecimal kg,
		List<String> missing, Duration delay, Boolean inspectionPassed, Integer excursions, long excursionMinutes,
		boolean implausibleYield) {

	/** NY/T 4712-2025's stages, and the steps this workbench records beside them. */
	public enum Stage {
		PRODUCTION, PURCHASE, STORAGE, TRANSPORT, PROCESSING, INSPECTION, RETAIL, OTHER
	}

	public static final String WHO = "who"; //$NON-NLS-1$
	public static final String WHAT = "what"; //$NON-NLS-1$
	public static final String QUANTITY = "quantity"; //$NON-NLS-1$
	public static final String WHERE = "where"; //$NON-NLS-1$
	public static final String SOURCE = "source"; //$NON-NLS-1$
	public static final String DESTINATION = "destination"; //$NON-NLS-1$
	public static final String INBOUND = "inbound_batch"; //$NON-NLS-1$
	public static final String OUTBOUND = "outbound_batch"; //$NON-NLS-1$

	/** How an event names the harvest step: events keep our own steps by their short names. */
	private static final String HARVESTING = BizSteps.shortName(BizSteps.HARVESTING);

	public EventFacts {
		missing = List.copyOf(missing);
	}

	/**
	 * @param stored   when the store took it: when it was recorded unless its recordTime says
	 * @param sites    a location by its URI, or null when not registered
	 * @param products a GTIN's product (its storage band, its category), or null when not registered
	 */
	public static EventFacts of(EpcisEvent e, Instant stored, Function<String, Location> sites,
			Function<String, Product> products) {
		Instant recorded = e.recordTime() != null ? e.recordTime() : stored;
		String place = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
		Location site = place == null ? null : sites.apply(place);
		String party = site != null && site.operator() != null ? site.operator()
				: e.destination(PartyRef.POSSESSING_PARTY) != null ? e.destination(PartyRef.POSSESSING_PARTY)
						: e.source(PartyRef.POSSESSING_PARTY);
		Stage stage = stage(e);
		List<QuantityElement> lots = lots(e);
		String gtin = lots.stream().map(q -> Identifiers.gtin(q.epcClass()).orElse(null)).filter(g -> g != null)
				.findFirst().orElse(null);
		String destination = e.destination(PartyRef.LOCATION);
		Location to = stage == Stage.TRANSPORT && destination != null ? sites.apply(destination) : null;
		Product product = gtin == null ? null : products.apply(gtin);
		StorageBand band = product == null ? null : product.storageBand();
		SensorSeries temperatures = SensorSeries.temperatures(new Timeline(List.of(e)).sensors());
		List<SensorSeries.Excursion> excursions = band == null || temperatures.readings().isEmpty() ? null
				: temperatures.excursions(band);
		return new EventFacts(party, stage, gtin, site == null ? null : site.division(), to == null ? null : to.division(),
				lots.isEmpty() ? null : CustodyRules.kilograms(lots), missing(e, stage, party, place, lots),
				Duration.between(e.eventTime(), recorded).isNegative() ? Duration.ZERO : Duration.between(e.eventTime(), recorded),
				stage == Stage.INSPECTION ? !"non_conformant".equals(e.disposition()) : null, //$NON-NLS-1$
				excursions == null ? null : excursions.size(),
				excursions == null ? 0 : excursions.stream().mapToLong(x -> x.duration().toMinutes()).sum(),
				e.type() == EventType.TransformationEvent && MassBalance.of(e, item -> Identifiers.gtin(item)
						.map(products).map(Product::category).orElse(null)).implausible());
	}

	private static Stage stage(EpcisEvent e) {
		if (e.type() == EventType.TransformationEvent || BizSteps.PACKING.equals(e.bizStep())
				|| BizSteps.KILLING.equals(e.bizStep())) {
			return Stage.PROCESSING;
		}
		String step = e.bizStep() == null ? "" : e.bizStep(); //$NON-NLS-1$
		if (step.equals(HARVESTING)) {
			return Stage.PRODUCTION;
		}
		return switch (step) {
		case BizSteps.COMMISSIONING -> Stage.PRODUCTION;
		case BizSteps.RECEIVING -> Stage.PURCHASE;
		case BizSteps.STORING -> Stage.STORAGE;
		case BizSteps.SHIPPING -> Stage.TRANSPORT;
		case BizSteps.INSPECTING -> Stage.INSPECTION;
		case BizSteps.RETAIL_SELLING -> Stage.RETAIL;
		default -> Stage.OTHER;
		};
	}

	/** The lots it counts: a transformation's outputs, else the quantities it names. */
	private static List<QuantityElement> lots(EpcisEvent e) {
		if (!e.outputQuantities().isEmpty()) {
			return e.outputQuantities();
		}
		List<QuantityElement> lots = new ArrayList<>(e.quantities());
		lots.addAll(e.childQuantities());
		return lots;
	}

	/**
	 * Every stage needs who, what, how much, when (always given) and where; a
	 * shipment and a receipt also where it came from and went to; processing
	 * its inbound and outbound batches.
	 */
	private static List<String> missing(EpcisEvent e, Stage stage, String party, String place,
			List<QuantityElement> lots) {
		List<String> missing = new ArrayList<>();
		if (party == null) {
			missing.add(WHO);
		}
		if (lots.isEmpty() && e.epcs().isEmpty() && e.outputEpcs().isEmpty()) {
			missing.add(WHAT);
		}
		if (lots.stream().noneMatch(q -> q.quantity() != null)) {
			missing.add(QUANTITY);
		}
		if (place == null) {
			missing.add(WHERE);
		}
		if (stage == Stage.TRANSPORT || stage == Stage.PURCHASE) {
			if (e.source(PartyRef.POSSESSING_PARTY) == null && e.source(PartyRef.OWNING_PARTY) == null) {
				missing.add(SOURCE);
			}
			if (e.destination(PartyRef.POSSESSING_PARTY) == null && e.destination(PartyRef.LOCATION) == null) {
				missing.add(DESTINATION);
			}
		}
		if (stage == Stage.PROCESSING && e.type() == EventType.TransformationEvent) {
			if (e.inputQuantities().isEmpty() && e.inputEpcs().isEmpty()) {
				missing.add(INBOUND);
			}
			if (e.outputQuantities().isEmpty() && e.outputEpcs().isEmpty()) {
				missing.add(OUTBOUND);
			}
		}
		return missing;
	}
}
