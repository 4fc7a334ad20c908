package io.agritrace.core.epcis.internal;

import java.util.Map;

/**
 * The web vocabulary that bare EPCIS JSON-LD values stand for, per property,
 * as the EPCIS 2.0 JSON-LD context types them ({@code @type: @vocab}).
 */
final class CbvVocabulary {

	/** CBV 2.0 web vocabulary. */
	static final String CBV = "https://ref.gs1.org/cbv/"; //$NON-NLS-1$
	/** GS1 Web Vocabulary as the EPCIS 2.0.0 context declares it. */
	static final String GS1_VOC = "https://gs1.org/voc/"; //$NON-NLS-1$

	/** Property path (parent/name) to the prefix of its bare values. */
	private static final Map<String, String> PREFIXES = Map.ofEntries( //
			Map.entry("/bizStep", CBV + "BizStep-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/disposition", CBV + "Disp-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("persistentDisposition/set", CBV + "Disp-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("persistentDisposition/unset", CBV + "Disp-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("bizTransactionList/type", CBV + "BTT-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("sourceList/type", CBV + "SDT-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("destinationList/type", CBV + "SDT-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("errorDeclaration/reason", CBV + "ER-"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("sensorReport/type", GS1_VOC), //$NON-NLS-1$
			Map.entry("sensorReport/exception", GS1_VOC)); //$NON-NLS-1$

	private CbvVocabulary() {
	}

	/**
	 * The full URI of a bare vocabulary value ("shipping" as a bizStep), or the
	 * value itself when it is already a URI or the property takes no vocabulary.
	 *
	 * @param parent the property holding the value's object, "" at event level
	 */
	static String expand(String parent, String property, String value) {
		if (value.indexOf(':') >= 0) {
			return value;
		}
		String prefix = PREFIXES.get(parent + "/" + property); //$NON-NLS-1$
		return prefix == null ? value : prefix + value;
	}
}
