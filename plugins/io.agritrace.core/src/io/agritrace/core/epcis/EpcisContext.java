package io.agritrace.core.epcis;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The namespace prefixes an EPCIS JSON-LD document declares in its
 * {@code @context}, over the ones the standard EPCIS 2.0 context defines.
 */
public final class EpcisContext {

	/** What the EPCIS 2.0.0 JSON-LD context defines for the prefixes documents use. */
	private static final Map<String, String> STANDARD = Map.of( //
			"gs1", "https://gs1.org/voc/", //$NON-NLS-1$ //$NON-NLS-2$
			"cbv", "https://ref.gs1.org/cbv/", //$NON-NLS-1$ //$NON-NLS-2$
			"epcis", "https://ref.gs1.org/epcis/", //$NON-NLS-1$ //$NON-NLS-2$
			"cbvmda", "urn:epcglobal:cbv:mda:"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The standard prefixes only: for events recorded here, and documents without a context. */
	public static final EpcisContext STANDARD_ONLY = new EpcisContext(Map.of());

	private final Map<String, String> declared;
	private final Map<String, String> prefixes;

	private EpcisContext(Map<String, String> declared) {
		this.declared = Map.copyOf(declared);
		Map<String, String> all = new HashMap<>(STANDARD);
		all.putAll(declared);
		this.prefixes = Map.copyOf(all);
	}

	/** A context declaring these prefixes (as {@link #declared()} returned them). */
	public static EpcisContext ofPrefixes(Map<String, String> declared) {
		return declared.isEmpty() ? STANDARD_ONLY : new EpcisContext(declared);
	}

	/** Reads the prefixes of a document's {@code @context} (a URL, an object or an array of both). */
	public static EpcisContext of(JsonNode context) {
		Map<String, String> declared = new HashMap<>();
		if (context != null) {
			collect(context, declared);
		}
		return new EpcisContext(declared);
	}

	private static void collect(JsonNode context, Map<String, String> declared) {
		if (context.isArray()) {
			context.forEach(c -> collect(c, declared));
		} else if (context.isObject()) {
			context.properties().forEach(e -> {
				if (e.getValue().isTextual()) {
					declared.put(e.getKey(), e.getValue().asText());
				}
			});
		}
	}

	/** The namespace a prefix stands for, or null. */
	public String namespace(String prefix) {
		return prefixes.get(prefix);
	}

	/**
	 * A name as the hash algorithm compares it: "example:field" becomes
	 * "{https://ns.example.com/epcis/}field" when the prefix is declared.
	 */
	public String expandedName(String name) {
		int colon = name.indexOf(':');
		String namespace = colon > 0 ? namespace(name.substring(0, colon)) : null;
		return namespace == null ? name : "{" + namespace + "}" + name.substring(colon + 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The prefixes the document declared itself (not the standard ones). */
	public Map<String, String> declared() {
		return declared;
	}
}
