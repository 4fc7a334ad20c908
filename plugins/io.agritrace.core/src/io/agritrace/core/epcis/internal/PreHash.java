package io.agritrace.core.epcis.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.agritrace.core.epcis.EpcisContext;

/**
 * Builds the canonical pre-hash string of one EPCIS event (GS1 CBV 2.0 §8.9,
 * Event Hash ID): the event type, then the elements in the canonical property
 * order, then every remaining element (user extensions, business transactions,
 * sources and destinations) sorted, all values in canonical form.
 */
public final class PreHash {

	/** Never part of the hash: they differ between copies of the same event. */
	private static final Set<String> IGNORED = Set.of("recordTime", "eventID", "type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"errorDeclaration"); //$NON-NLS-1$
	/** JSON-LD keys that carry no event data. */
	private static final Set<String> NOT_DATA = Set.of("#text", "rdfs:comment", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Entries rendered as "type=…" then "name=…", the way CBV 2.0 orders them. */
	private static final Set<String> TYPED_ENTRIES = Set.of("bizTransaction", "source", //$NON-NLS-1$ //$NON-NLS-2$
			"destination"); //$NON-NLS-1$

	private final EpcisContext context;

	private PreHash(EpcisContext context) {
		this.context = context;
	}

	public static String of(JsonNode event, EpcisContext context) {
		PreHash preHash = new PreHash(context);
		List<PreHashNode> elements = preHash.elements(event, ""); //$NON-NLS-1$
		String ordered = preHash.ordered(elements, PropertyOrder.EVENT, true);
		elements.removeIf(e -> IGNORED.contains(e.name));
		return "eventType=" + event.path("type").asText() + ordered + preHash.sorted(elements); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---- JSON-LD to elements, shaped like the XML binding ----

	private List<PreHashNode> elements(JsonNode object, String parent) {
		List<PreHashNode> nodes = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			String key = field.getKey();
			if (NOT_DATA.contains(key) || key.startsWith("@")) { //$NON-NLS-1$
				continue;
			}
			String name = context.expandedName(key);
			JsonNode value = field.getValue();
			if (value.isArray()) {
				value.forEach(v -> nodes.add(element(name, key, v, parent)));
			} else {
				nodes.add(element(name, key, value, parent));
			}
		}
		return xmlShape(nodes);
	}

	private PreHashNode element(String name, String key, JsonNode value, String parent) {
		if (value.isObject()) {
			return new PreHashNode(name, value.path("#text").asText(""), elements(value, key)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (value.isNull()) {
			return new PreHashNode(name, "", List.of()); //$NON-NLS-1$
		}
		String text = value.asText();
		if (value.isTextual()) {
			text = expandValue(CbvVocabulary.expand(parent, key, text));
		}
		return new PreHashNode(name, text, List.of());
	}

	/**
	 * JSON flattens what XML nests: {@code "epcList": [..]} becomes one epcList
	 * element with epc children, quantity objects become quantityElements, and
	 * the input/output lists' children are plain epcs.
	 */
	private static List<PreHashNode> xmlShape(List<PreHashNode> nodes) {
		Map<String, List<PreHashNode>> lists = new LinkedHashMap<>();
		List<PreHashNode> shaped = new ArrayList<>();
		for (PreHashNode node : nodes) {
			if (node.name.endsWith("List")) { //$NON-NLS-1$
				lists.computeIfAbsent(node.name, n -> new ArrayList<>())
						.add(itemOf(node.renamed(node.name.substring(0, node.name.length() - 4))));
			} else if (node.name.equals("childEPCs")) { //$NON-NLS-1$
				lists.computeIfAbsent(node.name, n -> new ArrayList<>()).add(node.renamed("epc")); //$NON-NLS-1$
			} else {
				shaped.add(node);
			}
		}
		lists.forEach((name, items) -> shaped.add(new PreHashNode(name, "", items))); //$NON-NLS-1$
		return shaped;
	}

	private static PreHashNode itemOf(PreHashNode item) {
		return switch (item.name) {
		case "inputEPC", "outputEPC" -> item.renamed("epc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "quantity", "inputQuantity", "outputQuantity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"childQuantity" -> //$NON-NLS-1$
			item.renamed("quantityElement"); //$NON-NLS-1$
		default -> item;
		};
	}

	/** Values are expanded only for GS1's own vocabularies (rule 15). */
	private String expandValue(String value) {
		int colon = value.indexOf(':');
		String namespace = colon > 0 ? context.namespace(value.substring(0, colon)) : null;
		if (namespace != null
				&& (namespace.startsWith("https://ref.gs1.org") || namespace.startsWith("https://gs1.org"))) { //$NON-NLS-1$ //$NON-NLS-2$
			return namespace + value.substring(colon + 1);
		}
		return value;
	}

	// ---- elements to the pre-hash string ----

	/**
	 * Renders the elements named in {@code order}, in that order, and removes the
	 * ones fully rendered. Below event level, user extensions go last.
	 */
	private String ordered(List<PreHashNode> nodes, List<PropertyOrder> order, boolean eventLevel) {
		List<PreHashNode> extensions = eventLevel || nodes.size() <= 1 ? List.of() : extensions(nodes);
		StringBuilder out = new StringBuilder();
		List<String> values = new ArrayList<>();
		for (PropertyOrder property : order) {
			for (Iterator<PreHashNode> it = nodes.iterator(); it.hasNext();) {
				PreHashNode node = it.next();
				if (!node.name.equals(property.name())) {
					continue;
				}
				String rendered = orderedElement(node, property);
				if (!rendered.isEmpty()) {
					values.add(rendered);
				}
				if (node.children.isEmpty()) {
					it.remove();
				}
			}
			values.sort(null);
			values.forEach(out::append);
			values.clear();
		}
		if (!extensions.isEmpty()) {
			out.append(sorted(extensions));
		}
		return out.toString();
	}

	private static List<PreHashNode> extensions(List<PreHashNode> nodes) {
		List<PreHashNode> extensions = nodes.stream().filter(n -> n.name.contains("{") && n.name.contains("/}")) //$NON-NLS-1$ //$NON-NLS-2$
				.toList();
		nodes.removeAll(extensions);
		return extensions;
	}

	private String orderedElement(PreHashNode node, PropertyOrder property) {
		String children = property.children().isEmpty() ? "" : ordered(node.children, property.children(), false); //$NON-NLS-1$
		String value = node.value.strip();
		if (!value.isEmpty()) {
			String lower = node.name.toLowerCase();
			value = lower.contains("time") && !lower.contains("offset") ? ValueCanonicaliser.time(value) //$NON-NLS-1$ //$NON-NLS-2$
					: ValueCanonicaliser.value(value);
		}
		String text = value.isEmpty() ? "" : "=" + value; //$NON-NLS-1$ //$NON-NLS-2$
		return text.isEmpty() && children.isEmpty() ? "" : node.name + text + children; //$NON-NLS-1$
	}

	/** Elements outside the property order: each rendered in full, sorted. */
	private String sorted(List<PreHashNode> nodes) {
		List<String> rendered = new ArrayList<>();
		for (PreHashNode node : nodes) {
			rendered.add(TYPED_ENTRIES.contains(node.name) && !node.children.isEmpty() ? typedEntry(node)
					: generic(node));
		}
		rendered.sort(null);
		return String.join("", rendered); //$NON-NLS-1$
	}

	private String generic(PreHashNode node) {
		String value = node.value.strip();
		return node.name + (value.isEmpty() ? "" : "=" + ValueCanonicaliser.value(value)) //$NON-NLS-1$ //$NON-NLS-2$
				+ sorted(node.children);
	}

	/** {"type": "po", "bizTransaction": "…"} renders as "type=…BTT-po" + "bizTransaction=…". */
	private String typedEntry(PreHashNode entry) {
		PreHashNode type = entry.child("type"); //$NON-NLS-1$
		PreHashNode value = entry.child(entry.name);
		StringBuilder out = new StringBuilder();
		if (type != null) {
			out.append(generic(type));
		}
		if (value != null) {
			out.append(generic(value));
		}
		return out.toString();
	}
}
