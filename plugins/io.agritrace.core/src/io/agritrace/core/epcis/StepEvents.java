package io.agritrace.core.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The events of AgriTrace's business steps as EPCIS says them, so that the
 * workbench, the CLI and the demo record a step the same way. Each returns the
 * builder, for sensor readings and the like to follow.
 */
public final class StepEvents {

	/** CBV 2.0 business transaction type of a document with a test's outcome. */
	public static final String TEST_RESULT = "testres"; //$NON-NLS-1$
	private static final String OBSERVE = "OBSERVE"; //$NON-NLS-1$

	private StepEvents() {
	}

	/** Who hands a lot over from where, and who takes it where. */
	public record Handover(String fromParty, String fromSite, String toParty, String toSite) {
	}

	/**
	 * A lot comes into being on its plot: an ObjectEvent ADD of its quantity,
	 * business step harvesting, disposition active.
	 */
	public static EventBuilder harvest(OffsetDateTime time, String lot, BigDecimal quantity, String uom, String plot) {
		return EventBuilder.event(EventType.ObjectEvent, time).action("ADD").bizStep(BizSteps.HARVESTING) //$NON-NLS-1$
				.disposition("active").readPoint(plot).bizLocation(plot).quantity(lot, quantity, uom); //$NON-NLS-1$
	}

	/** A lot leaves its holder's site for another party's site: in transit, with no business location. */
	public static EventBuilder shipping(OffsetDateTime time, String lot, BigDecimal quantity, String uom, Handover h) {
		return parties(EventBuilder.event(EventType.ObjectEvent, time).action(OBSERVE).bizStep(BizSteps.SHIPPING)
				.disposition("in_transit").readPoint(h.fromSite()).quantity(lot, quantity, uom), h); //$NON-NLS-1$
	}

	/** AgriTrace's own EPCIS extensions: what CBV 2.0 has no field for. */
	public static final String EXTENSION_PREFIX = "agritrace"; //$NON-NLS-1$
	public static final String EXTENSION_NAMESPACE = "https://agritrace.io/epcis/"; //$NON-NLS-1$
	/** When a shipment is expected at its destination ({@code agritrace:expectedArrival}, RFC 3339). */
	public static final String EXPECTED_ARRIVAL = "expectedArrival"; //$NON-NLS-1$

	/** A shipment with the time it is expected at its destination. */
	public static EventBuilder shipping(OffsetDateTime time, String lot, BigDecimal quantity, String uom, Handover h,
			OffsetDateTime expectedArrival) {
		return shipping(time, lot, quantity, uom, h).extension(EXTENSION_PREFIX, EXTENSION_NAMESPACE, EXPECTED_ARRIVAL,
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(expectedArrival.withNano(0)));
	}

	/** When a shipment is expected at its destination, as it says; empty for an event that does not say. */
	public static Optional<OffsetDateTime> expectedArrival(EpcisEvent shipment) {
		JsonNode value = shipment.json().get(EXTENSION_PREFIX + ':' + EXPECTED_ARRIVAL);
		return value == null || !value.isTextual() ? Optional.empty() : Optional.of(OffsetDateTime.parse(value.asText()));
	}

	/** A shipment arrives at its destination, which becomes the lot's business location. */
	public static EventBuilder receiving(OffsetDateTime time, String lot, BigDecimal quantity, String uom, Handover h) {
		return parties(EventBuilder.event(EventType.ObjectEvent, time).action(OBSERVE).bizStep(BizSteps.RECEIVING)
				.disposition("in_progress").readPoint(h.toSite()).bizLocation(h.toSite()) //$NON-NLS-1$
				.quantity(lot, quantity, uom), h);
	}

	private static EventBuilder parties(EventBuilder event, Handover h) {
		return event.source(PartyRef.POSSESSING_PARTY, h.fromParty()).source(PartyRef.LOCATION, h.fromSite())
				.destination(PartyRef.POSSESSING_PARTY, h.toParty()).destination(PartyRef.LOCATION, h.toSite());
	}

	/** Inputs become outputs at a site (drying, milling, killing, cutting): add them with input/output. */
	public static EventBuilder transformation(OffsetDateTime time, String bizStep, String site) {
		return EventBuilder.event(EventType.TransformationEvent, time).bizStep(bizStep).readPoint(site).bizLocation(site);
	}

	/** A lot is kept at a site (a cold store); its sensor readings follow. */
	public static EventBuilder storing(OffsetDateTime time, String lot, BigDecimal quantity, String uom, String site) {
		return observe(time, BizSteps.STORING, "in_progress", lot, quantity, uom, site); //$NON-NLS-1$
	}

	/**
	 * A sample of a lot is inspected: conformant or not, with the report file
	 * named by its SHA-256 as an RFC 6920 URI ({@link #reportUri}), when there is one.
	 */
	public static EventBuilder inspecting(OffsetDateTime time, String lot, BigDecimal sample, String uom, String site,
			boolean conformant, String report) {
		EventBuilder event = observe(time, BizSteps.INSPECTING, conformant ? "conformant" : "non_conformant", //$NON-NLS-1$ //$NON-NLS-2$
				lot,
				sample, uom, site);
		return report == null ? event : event.bizTransaction(TEST_RESULT, report);
	}

	/** The named-information URI of a file by its SHA-256 (RFC 6920): ni:///sha-256;base64url. */
	public static String reportUri(byte[] sha256) {
		return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256); //$NON-NLS-1$
	}

	/**
	 * A quantity of a lot is packed into a case or pallet ({@code parent}, its
	 * SSCC as a Digital Link) at a site: an AggregationEvent, so that the
	 * container's label traces back to the lot.
	 */
	public static EventBuilder packing(OffsetDateTime time, String parent, String lot, BigDecimal quantity, String uom,
			String site) {
		return EventBuilder.event(EventType.AggregationEvent, time).action("ADD").bizStep(BizSteps.PACKING) //$NON-NLS-1$
				.disposition("in_progress").parent(parent).child(lot, quantity, uom).readPoint(site).bizLocation(site); //$NON-NLS-1$
	}

	/** Part of a lot is sold to consumers at a shop. */
	public static EventBuilder retailSelling(OffsetDateTime time, String lot, BigDecimal quantity, String uom, String shop) {
		return observe(time, BizSteps.RETAIL_SELLING, "retail_sold", lot, quantity, uom, shop); //$NON-NLS-1$
	}

	/** A quantity of a lot is destroyed (spoiled, condemned); nothing may follow a lot destroyed. */
	public static EventBuilder destroying(OffsetDateTime time, String lot, BigDecimal quantity, String uom, String site) {
		return observe(time, BizSteps.DESTROYING, "destroyed", lot, quantity, uom, site); //$NON-NLS-1$
	}

	private static EventBuilder observe(OffsetDateTime time, String bizStep, String disposition, String lot,
			BigDecimal quantity, String uom, String site) {
		return EventBuilder.event(EventType.ObjectEvent, time).action(OBSERVE).bizStep(bizStep).disposition(disposition)
				.readPoint(site).bizLocation(site).quantity(lot, quantity, uom);
	}
}
