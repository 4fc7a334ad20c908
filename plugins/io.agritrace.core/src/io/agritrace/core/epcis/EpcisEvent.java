package io.agritrace.core.epcis;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.internal.Texts;

/**
 * One EPCIS 2.0 event: its JSON-LD as received (kept verbatim, so that it
 * exports and hashes the same), its Event Hash ID, and the dimensions that
 * AgriTrace's rules and trace read, with identifiers in canonical form.
 */
public final class EpcisEvent {

	private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}"); //$NON-NLS-1$

	private final ObjectNode json;
	private final EpcisContext context;
	private final EventHashId hashId;
	private final EventType type;
	private final Instant eventTime;
	private final ZoneOffset timeZone;
	private final String action;
	private final String bizStep;
	private final String disposition;
	private final String readPoint;
	private final String bizLocation;
	private final String parentId;
	private final List<String> epcs;
	private final List<String> childEpcs;
	private final List<String> inputEpcs;
	private final List<String> outputEpcs;
	private final List<QuantityElement> quantities;
	private final List<QuantityElement> childQuantities;
	private final List<QuantityElement> inputQuantities;
	private final List<QuantityElement> outputQuantities;
	private final List<PartyRef> sources;
	private final List<PartyRef> destinations;
	/** {@link #jsonText()}, once written. */
	private String jsonText;

	private EpcisEvent(ObjectNode json, EpcisContext context, String path, EventHashId knownHash) {
		this.json = json;
		this.context = context;
		// Paths of fields are built only for errors: a trace reads a thousand stored events.
		this.type = EventType.of(path, json.path("type").asText()); //$NON-NLS-1$
		this.eventTime = time(path, "eventTime", required(json, path, "eventTime")).toInstant(); //$NON-NLS-1$ //$NON-NLS-2$
		this.timeZone = offset(path, "eventTimeZoneOffset", required(json, path, "eventTimeZoneOffset")); //$NON-NLS-1$ //$NON-NLS-2$
		this.action = text(json, "action"); //$NON-NLS-1$
		if (type != EventType.TransformationEvent) {
			if (action == null) {
				throw new EpcisFormatException(path + ".action", Texts.Format_actionRequired.with(type)); //$NON-NLS-1$
			}
			if (!ACTIONS.contains(action)) {
				throw new EpcisFormatException(path + ".action", Texts.Format_actionValues.with(action)); //$NON-NLS-1$
			}
		}
		this.bizStep = BizSteps.shortName(text(json, "bizStep")); //$NON-NLS-1$
		this.disposition = shortName(text(json, "disposition")); //$NON-NLS-1$
		this.readPoint = canonical(text(json.path("readPoint"), "id")); //$NON-NLS-1$ //$NON-NLS-2$
		this.bizLocation = canonical(text(json.path("bizLocation"), "id")); //$NON-NLS-1$ //$NON-NLS-2$
		this.parentId = canonical(text(json, "parentID")); //$NON-NLS-1$
		this.epcs = ids(json.path("epcList")); //$NON-NLS-1$
		this.childEpcs = ids(json.path("childEPCs")); //$NON-NLS-1$
		this.inputEpcs = ids(json.path("inputEPCList")); //$NON-NLS-1$
		this.outputEpcs = ids(json.path("outputEPCList")); //$NON-NLS-1$
		this.quantities = quantities(json, path, "quantityList"); //$NON-NLS-1$
		this.childQuantities = quantities(json, path, "childQuantityList"); //$NON-NLS-1$
		this.inputQuantities = quantities(json, path, "inputQuantityList"); //$NON-NLS-1$
		this.outputQuantities = quantities(json, path, "outputQuantityList"); //$NON-NLS-1$
		this.sources = parties(json.path("sourceList"), "source"); //$NON-NLS-1$ //$NON-NLS-2$
		this.destinations = parties(json.path("destinationList"), "destination"); //$NON-NLS-1$ //$NON-NLS-2$
		checkErrorDeclaration(json.path("errorDeclaration"), path); //$NON-NLS-1$
		this.hashId = knownHash != null ? knownHash : EventHasher.hash(json, context);
	}

	/**
	 * Reads an event object.
	 *
	 * @param path JSON path of the event, for errors
	 * @throws EpcisFormatException naming the path and rule of what is wrong
	 */
	public static EpcisEvent of(ObjectNode json, EpcisContext context, String path) {
		return new EpcisEvent(json, context, path, null);
	}

	/**
	 * Reads an event whose hash ID was computed when it was stored, without
	 * computing it again; {@link #recomputeHashId()} checks it.
	 */
	public static EpcisEvent stored(ObjectNode json, EpcisContext context, String path, EventHashId hashId) {
		return new EpcisEvent(json, context, path, hashId);
	}

	/** The hash ID of the event's JSON as it is now. */
	public EventHashId recomputeHashId() {
		return EventHasher.hash(json, context);
	}

	/** The canonical pre-hash string of the event's JSON as it is now, for auditing. */
	public String preHash() {
		return EventHasher.preHash(json, context);
	}

	private static String required(JsonNode json, String path, String field) {
		String value = text(json, field);
		if (value == null) {
			throw new EpcisFormatException(path + "." + field, Texts.Format_required.with()); //$NON-NLS-1$
		}
		return value;
	}

	private static String text(JsonNode json, String field) {
		JsonNode v = json.get(field);
		return v == null || v.isNull() || v.isContainerNode() ? null : v.asText().strip();
	}

	private static OffsetDateTime time(String path, String field, String text) {
		try {
			// RFC 3339, as the EPCIS schema has it, parsed without java.time's formatter, whose
			// garbage was a large share of what a trace allocated; other ISO 8601 forms with it.
			return ITU.parseDateTime(text);
		} catch (DateTimeException notRfc3339) {
			try {
				return OffsetDateTime.parse(text);
			} catch (DateTimeParseException e) {
				throw new EpcisFormatException(path + "." + field, Texts.Format_notDateTime.with(text), e); //$NON-NLS-1$
			}
		}
	}

	private static ZoneOffset offset(String path, String field, String text) {
		if (!OFFSET.matcher(text).matches()) {
			throw new EpcisFormatException(path + "." + field, Texts.Format_notOffset.with(text)); //$NON-NLS-1$
		}
		return ZoneOffset.of(text);
	}

	private static String canonical(String id) {
		return id == null ? null : Identifiers.canonical(id);
	}

	private static String shortName(String value) {
		return value == null ? null : Identifiers.cbvShortName(value);
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(v -> ids.add(Identifiers.canonical(v.asText())));
		return List.copyOf(ids);
	}

	private static List<QuantityElement> quantities(JsonNode event, String path, String field) {
		List<QuantityElement> result = new ArrayList<>();
		int i = 0;
		for (JsonNode q : event.path(field)) {
			String epcClass = text(q, "epcClass"); //$NON-NLS-1$
			if (epcClass == null) {
				throw new EpcisFormatException(path + "." + field + "[" + i + "].epcClass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Texts.Format_required.with());
			}
			BigDecimal quantity = null;
			JsonNode amount = q.get("quantity"); //$NON-NLS-1$
			if (amount != null) {
				try {
					quantity = new BigDecimal(amount.asText());
				} catch (NumberFormatException e) {
					throw new EpcisFormatException(path + "." + field + "[" + i + "].quantity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							Texts.Format_notNumber.with(amount.asText()), e);
				}
			}
			result.add(new QuantityElement(Identifiers.canonical(epcClass), quantity, text(q, "uom"))); //$NON-NLS-1$
			i++;
		}
		return List.copyOf(result);
	}

	private static List<PartyRef> parties(JsonNode array, String field) {
		List<PartyRef> result = new ArrayList<>();
		for (JsonNode p : array) {
			String id = text(p, field);
			if (id != null) {
				String type = text(p, "type"); //$NON-NLS-1$
				result.add(new PartyRef(type == null ? null : Identifiers.cbvShortName(type), Identifiers.canonical(id)));
			}
		}
		return List.copyOf(result);
	}

	/** A declaration has its time, and corrective events named by hash ID name them well (others may be UUID URNs). */
	private static void checkErrorDeclaration(JsonNode declaration, String path) {
		if (declaration.isMissingNode()) {
			return;
		}
		required(declaration, path + ".errorDeclaration", "declarationTime"); //$NON-NLS-1$ //$NON-NLS-2$
		for (JsonNode id : declaration.path("correctiveEventIDs")) { //$NON-NLS-1$
			if (id.asText().startsWith("ni:///")) { //$NON-NLS-1$
				EventHashId.parse(id.asText());
			}
		}
	}

	/** The event's JSON-LD as received; do not modify. */
	public ObjectNode json() {
		return json;
	}

	/** The event's JSON-LD indented for people to read, as the Record Event wizard shows it. */
	public String prettyJson() {
		return json.toPrettyString();
	}

	/**
	 * The event's JSON-LD as compact text, written once: a reader thread can
	 * write it ahead so that the thread that stores the event does not.
	 */
	public String jsonText() {
		String text = jsonText;
		if (text == null) {
			// A race writes the same text twice; a String is safe to publish this way.
			text = json.toString();
			jsonText = text;
		}
		return text;
	}

	public EpcisContext context() {
		return context;
	}

	public EventHashId hashId() {
		return hashId;
	}

	public EventType type() {
		return type;
	}

	public Instant eventTime() {
		return eventTime;
	}

	/**
	 * When the capturing application recorded the event (EPCIS {@code recordTime}),
	 * or null when the document does not say; not part of the hash ID.
	 */
	public Instant recordTime() {
		String text = text(json, "recordTime"); //$NON-NLS-1$
		return text == null ? null : time("recordTime", "recordTime", text).toInstant(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public ZoneOffset timeZone() {
		return timeZone;
	}

	/** ADD, OBSERVE or DELETE; null for a TransformationEvent. */
	public String action() {
		return action;
	}

	/** CBV short name (e.g. "shipping") or the URI of a step outside CBV; null when absent. */
	public String bizStep() {
		return bizStep;
	}

	public String disposition() {
		return disposition;
	}

	public String readPoint() {
		return readPoint;
	}

	public String bizLocation() {
		return bizLocation;
	}

	public String parentId() {
		return parentId;
	}

	public List<String> epcs() {
		return epcs;
	}

	public List<String> childEpcs() {
		return childEpcs;
	}

	public List<String> inputEpcs() {
		return inputEpcs;
	}

	public List<String> outputEpcs() {
		return outputEpcs;
	}

	public List<QuantityElement> quantities() {
		return quantities;
	}

	public List<QuantityElement> childQuantities() {
		return childQuantities;
	}

	public List<QuantityElement> inputQuantities() {
		return inputQuantities;
	}

	public List<QuantityElement> outputQuantities() {
		return outputQuantities;
	}

	public List<PartyRef> sources() {
		return sources;
	}

	public List<PartyRef> destinations() {
		return destinations;
	}

	/** True for an event that declares an earlier one erroneous (errorDeclaration). */
	public boolean isErrorDeclaration() {
		return json.has("errorDeclaration"); //$NON-NLS-1$
	}

	/** True when the event names this (canonical) identifier in any role. */
	/** Every identifier the event names, in any role, each once. */
	public Set<String> mentioned() {
		Set<String> all = new LinkedHashSet<>(epcs);
		all.addAll(inputEpcs);
		all.addAll(outputEpcs);
		all.addAll(childEpcs);
		if (parentId != null) {
			all.add(parentId);
		}
		for (List<QuantityElement> list : List.of(quantities, inputQuantities, outputQuantities, childQuantities)) {
			list.forEach(q -> all.add(q.epcClass()));
		}
		return all;
	}

	public boolean mentions(String item) {
		return epcs.contains(item) || inputEpcs.contains(item) || outputEpcs.contains(item)
				|| childEpcs.contains(item) || item.equals(parentId) || names(quantities, item)
				|| names(inputQuantities, item) || names(outputQuantities, item) || names(childQuantities, item);
	}

	private static boolean names(List<QuantityElement> quantities, String item) {
		for (QuantityElement q : quantities) { // not a stream: a trace asks this of every event
			if (q.epcClass().equals(item)) {
				return true;
			}
		}
		return false;
	}

	/** The first party of this type among the sources, or null. */
	public String source(String partyType) {
		return first(sources, partyType);
	}

	/** The first party of this type among the destinations, or null. */
	public String destination(String partyType) {
		return first(destinations, partyType);
	}

	private static String first(List<PartyRef> parties, String partyType) {
		for (PartyRef p : parties) {
			if (partyType.equals(p.type())) {
				return p.id();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return type + "@" + eventTime + " " + bizStep + " " + hashId; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
