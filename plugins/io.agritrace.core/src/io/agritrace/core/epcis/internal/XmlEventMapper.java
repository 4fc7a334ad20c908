package io.agritrace.core.epcis.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.namespace.QName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisFormatException;

/**
 * One EPCIS XML event in the JSON-LD binding, so that it is checked, hashed,
 * stored and exported like any other: lists lose their item elements,
 * business transactions, sources and destinations carry their type, sensor
 * metadata and reports become objects of their attributes, quantities and
 * sensor values become numbers, and user extensions keep their names under a
 * prefix declared for their namespace.
 */
final class XmlEventMapper {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
	/** Lists of identifiers: their items' text. */
	private static final Set<String> ID_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"outputEPCList", //$NON-NLS-1$
			"correctiveEventIDs"); //$NON-NLS-1$
	private static final Set<String> TYPED_LISTS = Set.of("bizTransactionList", "sourceList", //$NON-NLS-1$ //$NON-NLS-2$
			"destinationList"); //$NON-NLS-1$
	/** Lists of objects: quantity elements and sensor elements. */
	private static final Set<String> OBJECT_LISTS = Set.of("quantityList", "childQuantityList", //$NON-NLS-1$ //$NON-NLS-2$
			"inputQuantityList", //$NON-NLS-1$
			"outputQuantityList", "sensorElementList"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> OBJECTS = Set.of("readPoint", "bizLocation", "ilmd", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"errorDeclaration", //$NON-NLS-1$
			"persistentDisposition"); //$NON-NLS-1$
	private static final Set<String> ATTRIBUTE_OBJECTS = Set.of("sensorMetadata", "sensorReport"); //$NON-NLS-1$ //$NON-NLS-2$
	/** Written as arrays in JSON even when there is one. */
	private static final Set<String> ARRAYS = Set.of("set", "unset", "sensorReport"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> NUMBERS = Set.of("quantity", "value", "minValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"maxValue", "meanValue", "sDev", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"percRank", "percValue"); //$NON-NLS-1$ //$NON-NLS-2$
	/**
	 * CBV values the XML binding writes as URNs and the JSON binding, whose
	 * schema refuses those URNs, by their bare names.
	 */
	private static final Map<String, String> CBV_URNS = Map.of("bizStep", "urn:epcglobal:cbv:bizstep:", //$NON-NLS-1$ //$NON-NLS-2$
			"disposition", "urn:epcglobal:cbv:disp:", "set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"urn:epcglobal:cbv:disp:", //$NON-NLS-1$
			"unset", "urn:epcglobal:cbv:disp:", "reason", "urn:epcglobal:cbv:er:", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"bizTransaction", "urn:epcglobal:cbv:btt:", "source", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"urn:epcglobal:cbv:sdt:", //$NON-NLS-1$
			"destination", "urn:epcglobal:cbv:sdt:"); //$NON-NLS-1$ //$NON-NLS-2$
	/** EPCIS 1.x puts fields added after 1.0 in these; the JSON binding has no such level. */
	private static final Set<String> WRAPPERS = Set.of("extension", "baseExtension"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String path;
	/** The prefixes this event declares, and the prefix each namespace was given. */
	private final Map<String, String> declared = new LinkedHashMap<>();
	private final Map<String, String> prefixOf = new HashMap<>();

	private XmlEventMapper(String path) {
		this.path = path;
	}

	static EventList.Listed event(XmlElement event, String path) {
		XmlEventMapper mapper = new XmlEventMapper(path);
		ObjectNode json = JSON.objectNode();
		json.put("type", event.local()); //$NON-NLS-1$
		mapper.members(event, json);
		return new EventList.Listed(json, EpcisContext.ofPrefixes(mapper.declared));
	}

	private void members(XmlElement parent, ObjectNode out) {
		for (XmlElement child : parent.children) {
			if (!child.isExtension() && WRAPPERS.contains(child.local())) {
				members(child, out);
			} else {
				put(out, key(child.name), value(child));
			}
		}
	}

	/** A repeated name becomes an array, as JSON-LD writes repeated properties. */
	private static void put(ObjectNode out, String key, JsonNode value) {
		JsonNode present = out.get(key);
		if (present == null) {
			out.set(key, ARRAYS.contains(key) ? JSON.arrayNode().add(value) : value);
		} else if (present.isArray()) {
			((ArrayNode) present).add(value);
		} else {
			out.set(key, JSON.arrayNode().add(present).add(value));
		}
	}

	private JsonNode value(XmlElement element) {
		if (element.isExtension()) {
			return extension(element);
		}
		String name = element.local();
		if (ID_LISTS.contains(name)) {
			return items(element, id -> JSON.textNode(id.trimmedText()));
		}
		if (TYPED_LISTS.contains(name)) {
			return items(element, XmlEventMapper::typed);
		}
		if (OBJECT_LISTS.contains(name)) {
			return items(element, this::object);
		}
		if (ATTRIBUTE_OBJECTS.contains(name)) {
			ObjectNode object = JSON.objectNode();
			for (XmlElement.Attribute a : element.attributes) {
				String key = key(a.name());
				put(object, key, leaf(key, a.value(), element.line));
			}
			members(element, object);
			return object;
		}
		if (OBJECTS.contains(name) || !element.children.isEmpty()) {
			return object(element);
		}
		return leaf(name, element.trimmedText(), element.line);
	}

	/** A list element as the array of its items, each mapped by {@code item}. */
	private static ArrayNode items(XmlElement list, Function<XmlElement, JsonNode> item) {
		ArrayNode items = JSON.arrayNode();
		list.children.forEach(child -> items.add(item.apply(child)));
		return items;
	}

	private ObjectNode object(XmlElement element) {
		ObjectNode object = JSON.objectNode();
		members(element, object);
		return object;
	}

	/** {@code <source type="…">id</source>} is {"type": "…", "source": "id"}. */
	private static ObjectNode typed(XmlElement entry) {
		ObjectNode object = JSON.objectNode();
		String type = entry.attribute("type"); //$NON-NLS-1$
		if (type != null) {
			object.put("type", bareCbv(entry.local(), type)); //$NON-NLS-1$
		}
		object.put(entry.local(), entry.trimmedText());
		return object;
	}

	/** A user extension: its text, or an object of its attributes, children and text. */
	private JsonNode extension(XmlElement element) {
		if (element.children.isEmpty() && element.attributes.isEmpty()) {
			return JSON.textNode(element.trimmedText());
		}
		ObjectNode object = JSON.objectNode();
		element.attributes.forEach(a -> put(object, key(a.name()), JSON.textNode(a.value())));
		members(element, object);
		String text = element.trimmedText();
		if (!text.isEmpty()) {
			object.put("#text", text); //$NON-NLS-1$
		}
		return object;
	}

	private JsonNode leaf(String field, String text, int line) {
		if (NUMBERS.contains(field)) {
			try {
				return JSON.numberNode(new BigDecimal(text.strip()));
			} catch (NumberFormatException e) {
				throw new EpcisFormatException(path + "." + field, //$NON-NLS-1$
						Texts.Format_xmlNotNumber.with(text, line));
			}
		}
		if ("booleanValue".equals(field)) { //$NON-NLS-1$
			if (!"true".equals(text) && !"false".equals(text)) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new EpcisFormatException(path + "." + field, //$NON-NLS-1$
						Texts.Format_xmlNotBoolean.with(text, line));
			}
			return JSON.booleanNode(Boolean.parseBoolean(text));
		}
		return JSON.textNode(bareCbv(field, text));
	}

	/** "urn:epcglobal:cbv:bizstep:receiving" is "receiving" in the JSON binding (for a bizStep). */
	private static String bareCbv(String field, String value) {
		String urn = CBV_URNS.get(field);
		return urn != null && value.startsWith(urn) ? value.substring(urn.length()) : value;
	}

	/** Standard fields by their name, extensions as prefix:name with the prefix declared for the event. */
	private String key(QName name) {
		String namespace = name.getNamespaceURI();
		return namespace.isEmpty() ? name.getLocalPart() : prefixFor(namespace, name.getPrefix()) + ":" + name.getLocalPart(); //$NON-NLS-1$
	}

	/**
	 * The document's own prefix where it means the same in JSON-LD; another
	 * (ns1, ns2, …) for a default namespace, or where the prefix is taken: the
	 * standard context's cbvmda ends with a colon, XML documents' often not.
	 */
	private String prefixFor(String namespace, String xmlPrefix) {
		String known = prefixOf.get(namespace);
		if (known != null) {
			return known;
		}
		String prefix = xmlPrefix;
		for (int n = 1; prefix.isEmpty() || !free(prefix, namespace); n++) {
			prefix = "ns" + n; //$NON-NLS-1$
		}
		if (!namespace.equals(EpcisContext.STANDARD_ONLY.namespace(prefix))) {
			declared.put(prefix, namespace);
		}
		prefixOf.put(namespace, prefix);
		return prefix;
	}

	private boolean free(String prefix, String namespace) {
		String standard = EpcisContext.STANDARD_ONLY.namespace(prefix);
		return !declared.containsKey(prefix) && (standard == null || standard.equals(namespace));
	}
}
