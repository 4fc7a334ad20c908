package io.agritrace.core.epcis.internal;

/** Entry points of the canonicalisation rules for code outside the hash. */
public final class Canonical {

	private Canonical() {
	}

	/** The canonical Digital Link of an identifier with a GS1 key, else the identifier. */
	public static String identifier(String identifier) {
		return ValueCanonicaliser.identifier(identifier);
	}

	/** The part after "BizStep-", "Disp-", "BTT-", "SDT-" or "ER-" of a CBV URI, else the value. */
	public static String cbvShortName(String value) {
		String web = value.startsWith("cbv:") ? CbvVocabulary.CBV + value.substring(4) //$NON-NLS-1$
				: ValueCanonicaliser.webVocabulary(value);
		if (web.startsWith(CbvVocabulary.CBV)) {
			int dash = web.indexOf('-', CbvVocabulary.CBV.length());
			return dash < 0 ? web : web.substring(dash + 1);
		}
		return value;
	}
}
