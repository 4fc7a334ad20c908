package io.agritrace.core.epcis;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON-LD of an event recorded in AgriTrace, field by field in the
 * order the EPCIS 2.0 examples use. {@link #build()} checks it like any
 * received event.
 */
public final class EventBuilder {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"); //$NON-NLS-1$

	private final ObjectNode json;
	private EpcisContext context;

	private EventBuilder(ObjectNode json, EpcisContext context) {
		this.json = json;
		this.context = context;
	}

	public static EventBuilder event(EventType type, OffsetDateTime time) {
		EventBuilder builder = new EventBuilder(JsonNodeFactory.instance.objectNode(), EpcisContext.STANDARD_ONLY);
		builder.json.put("type", type.name()); //$NON-NLS-1$
		return builder.eventTime(time);
	}

	/**
	 * A copy of a stored event to change, with its extensions' prefixes, but
	 * without its eventID and errorDeclaration: what a corrective event starts from.
	 */
	public static EventBuilder copyOf(EpcisEvent event) {
		ObjectNode copy = event.json().deepCopy();
		copy.remove(List.of("eventID", "errorDeclaration")); //$NON-NLS-1$ //$NON-NLS-2$
		return new EventBuilder(copy, event.context());
	}

	/** Sets the time the event happened, with its time zone offset. */
	public EventBuilder eventTime(OffsetDateTime time) {
		json.put("eventTime", TIME.format(time)); //$NON-NLS-1$
		json.put("eventTimeZoneOffset", time.getOffset().getId().equals("Z") ? "+00:00" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: time.getOffset().getId());
		return this;
	}

	/**
	 * Gives the event's time the offset a zone has at that moment (the same
	 * instant): what a time reckoned from another, across a change to or from
	 * summer time, needs.
	 */
	public EventBuilder offsetIn(ZoneId zone) {
		return eventTime(OffsetDateTime.parse(json.path("eventTime").asText()).atZoneSameInstant(zone).toOffsetDateTime()); //$NON-NLS-1$
	}

	/** Sets when the capturing application recorded the event: {@code delay} after it happened. The hash ID leaves it out. */
	public EventBuilder recordedAfter(Duration delay) {
		OffsetDateTime happened = OffsetDateTime.parse(json.path("eventTime").asText()); //$NON-NLS-1$
		json.put("recordTime", TIME.format(happened.plus(delay))); //$NON-NLS-1$
		return this;
	}

	/**
	 * Changes the quantity of one element of a list ({@code quantityList},
	 * {@code inputQuantityList}, {@code outputQuantityList} or {@code childQuantityList}).
	 */
	public EventBuilder requantify(String list, int index, BigDecimal quantity) {
		((ObjectNode) json.path(list).get(index)).put("quantity", quantity); //$NON-NLS-1$
		return this;
	}

	public EventBuilder action(String action) {
		json.put("action", action); //$NON-NLS-1$
		return this;
	}

	/** A CBV short name such as "shipping", or a full URI such as {@link BizSteps#HARVESTING}. */
	public EventBuilder bizStep(String bizStep) {
		json.put("bizStep", bizStep); //$NON-NLS-1$
		return this;
	}

	public EventBuilder disposition(String disposition) {
		json.put("disposition", disposition); //$NON-NLS-1$
		return this;
	}

	public EventBuilder readPoint(String id) {
		json.putObject("readPoint").put("id", id); //$NON-NLS-1$ //$NON-NLS-2$
		return this;
	}

	public EventBuilder bizLocation(String id) {
		json.putObject("bizLocation").put("id", id); //$NON-NLS-1$ //$NON-NLS-2$
		return this;
	}

	public EventBuilder quantity(String epcClass, BigDecimal quantity, String uom) {
		return quantity("quantityList", epcClass, quantity, uom); //$NON-NLS-1$
	}

	public EventBuilder input(String epcClass, BigDecimal quantity, String uom) {
		return quantity("inputQuantityList", epcClass, quantity, uom); //$NON-NLS-1$
	}

	public EventBuilder output(String epcClass, BigDecimal quantity, String uom) {
		return quantity("outputQuantityList", epcClass, quantity, uom); //$NON-NLS-1$
	}

	public EventBuilder child(String epcClass, BigDecimal quantity, String uom) {
		return quantity("childQuantityList", epcClass, quantity, uom); //$NON-NLS-1$
	}

	public EventBuilder parent(String id) {
		json.put("parentID", id); //$NON-NLS-1$
		return this;
	}

	private EventBuilder quantity(String list, String epcClass, BigDecimal quantity, String uom) {
		ObjectNode element = array(list).addObject();
		element.put("epcClass", epcClass); //$NON-NLS-1$
		element.put("quantity", quantity); //$NON-NLS-1$
		if (uom != null) {
			element.put("uom", uom); //$NON-NLS-1$
		}
		return this;
	}

	public EventBuilder source(String type, String id) {
		array("sourceList").addObject().put("type", type).put("source", id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return this;
	}

	public EventBuilder destination(String type, String id) {
		array("destinationList").addObject().put("type", type).put("destination", id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return this;
	}

	public EventBuilder bizTransaction(String type, String id) {
		array("bizTransactionList").addObject().put("type", type).put("bizTransaction", id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return this;
	}

	/** One sensor report (e.g. "Temperature", 3.5, "CEL") taken at {@code time}. */
	public EventBuilder sensor(OffsetDateTime time, String type, BigDecimal value, String uom) {
		ObjectNode element = array("sensorElementList").addObject(); //$NON-NLS-1$
		element.putObject("sensorMetadata").put("time", TIME.format(time)); //$NON-NLS-1$ //$NON-NLS-2$
		element.putArray("sensorReport").addObject().put("type", type).put("value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				value).put("uom", uom); //$NON-NLS-1$
		return this;
	}

	/**
	 * A user extension field, {@code prefix:name}, its prefix declared in the
	 * event's context: EPCIS 2.0 carries what its standard fields do not this way.
	 */
	public EventBuilder extension(String prefix, String namespace, String name, String value) {
		Map<String, String> declared = new HashMap<>(context.declared());
		declared.put(prefix, namespace);
		context = EpcisContext.ofPrefixes(declared);
		json.put(prefix + ':' + name, value);
		return this;
	}

	/** Declares the event with this hash ID erroneous (CBV 2.0 error declaration). */
	public EventBuilder errorDeclaration(OffsetDateTime declared, String reason, EventHashId corrective) {
		ObjectNode declaration = json.putObject("errorDeclaration"); //$NON-NLS-1$
		declaration.put("declarationTime", TIME.format(declared)); //$NON-NLS-1$
		declaration.put("reason", reason); //$NON-NLS-1$
		if (corrective != null) {
			declaration.putArray("correctiveEventIDs").add(corrective.toString()); //$NON-NLS-1$
		}
		return this;
	}

	private ArrayNode array(String field) {
		return json.has(field) ? (ArrayNode) json.get(field) : json.putArray(field);
	}

	/** @throws EpcisFormatException when the event would not be a valid EPCIS event */
	public EpcisEvent build() {
		return EpcisEvent.of(json.deepCopy(), context, "event"); //$NON-NLS-1$
	}
}
