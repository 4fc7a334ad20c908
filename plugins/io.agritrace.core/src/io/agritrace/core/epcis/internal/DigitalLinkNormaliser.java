package io.agritrace.core.epcis.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings any URI that carries a GS1 key (EPC URI, EPC class or pattern URI, GS1
 * Digital Link on any domain, with short names or AIs) into one canonical
 * Digital Link: on id.gs1.org, numeric AIs, GTIN-14, only the finest
 * identification level, no query string. CBV 2.0 Event Hash ID, rule 13.
 */
final class DigitalLinkNormaliser {

	private static final String CANONICAL = "https://id.gs1.org"; //$NON-NLS-1$
	private static final String KEYS = "01|gtin|8006|itip|8010|cpid|414|gln|417|party|8017|gsrnp|8018|gsrn|255|gcn|00|sscc|" //$NON-NLS-1$
			+ "253|gdti|401|ginc|402|gsin|8003|grai|8004|giai"; //$NON-NLS-1$
	private static final Pattern ANY_DIGITAL_LINK = Pattern
			.compile("^https?://[^/?#]*(/[^?#]*)?/(" + KEYS + ")/\\d{4}[^/]+.*"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern CANONICAL_DOMAIN = Pattern
			.compile("^https://id\\.gs1\\.org/(01|8006|8010|414|417|8017|8018|255|00|253|401|402|8003|8004)/\\d{4}.*"); //$NON-NLS-1$
	/** Short names of keys and qualifiers (GS1 Digital Link 1.1 §4.4) and their AIs. */
	private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("/gtin/", "/01/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/itip/", "/8006/"), Map.entry("/cpid/", "/8010/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("/gln/", "/414/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/party/", "/417/"), Map.entry("/gsrnp/", "/8017/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("/gsrn/", "/8018/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/gcn/", "/255/"), Map.entry("/sscc/", "/00/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("/gdti/", "/253/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/ginc/", "/401/"), Map.entry("/gsin/", "/402/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("/grai/", "/8003/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/giai/", "/8004/"), Map.entry("/cpv/", "/22/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("/lot/", "/10/"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("/ser/", "/21/")); //$NON-NLS-1$ //$NON-NLS-2$
	/** Order in which a primary key is looked for when the domain is not id.gs1.org. */
	private static final List<String> PRIMARY_KEYS = List.of("/00/", "/01/", "/253/", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"/255/", "/401/", "/402/", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"/414/", "/417/", "/8003/", "/8004/", "/8006/", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"/8010/", "/8017/", "/8018/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** GS1 AI encodable character set 82, less the characters a URI path must escape. */
	private static final String X = "[\"'\\-.0-9;-?A-Z_a-z]"; //$NON-NLS-1$
	private static final List<Pattern> VALID = List.of(p("00/\\d{18}"), //$NON-NLS-1$
			p("01/\\d{14}/21/" + X + "{0,20}"), //$NON-NLS-1$ //$NON-NLS-2$
			p("01/\\d{14}/10/" + X + "{0,20}"), p("01/\\d{14}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p("01/\\d{14}/235/" + X + "{0,28}"), //$NON-NLS-1$ //$NON-NLS-2$
			p("253/\\d{13}" + X + "{0,17}"), p("255/\\d{13}\\d{0,12}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p("401/" + X + "{0,30}"), p("402/\\d{17}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p("414/\\d{13}"), p("414/\\d{13}/254/" + X + "{0,20}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p("417/\\d{13}"), //$NON-NLS-1$
			p("8003/\\d{14}" + X + "{0,16}"), p("8004/" + X + "{0,30}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			p("8006/\\d{18}/21/" + X + "{0,20}"), //$NON-NLS-1$ //$NON-NLS-2$
			p("8006/\\d{18}/10/" + X + "{0,20}"), p("8006/\\d{18}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p("8010/[#\\-/0-9A-Z]{0,30}/8011/\\d{0,12}"), //$NON-NLS-1$
			p("8010/[#\\-/0-9A-Z]{0,30}"), p("8017/\\d{18}"), p("8018/\\d{18}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern LOT_AND_SERIAL = Pattern
			.compile("^(https://id\\.gs1\\.org/(?:01/\\d{14}|8006/\\d{18}))/10/[^/]*(/21/.*)$"); //$NON-NLS-1$
	private static final Pattern CPV = Pattern.compile("^(https://id\\.gs1\\.org/(?:01/\\d{14}|8006/\\d{18}))/22/[^/]*(.*)$"); //$NON-NLS-1$

	private DigitalLinkNormaliser() {
	}

	private static Pattern p(String path) {
		return Pattern.compile("https://id\\.gs1\\.org/" + path); //$NON-NLS-1$
	}

	/** The canonical Digital Link for {@code uri}, or null when it carries no GS1 key. */
	static String normalise(String uri) {
		if (uri.startsWith("urn:epc:")) { //$NON-NLS-1$
			return EpcUriConverter.toDigitalLink(uri);
		}
		if (!ANY_DIGITAL_LINK.matcher(uri).matches()) {
			return null;
		}
		String dl = uri;
		int query = dl.indexOf('?');
		if (query >= 0) {
			dl = dl.substring(0, query);
		}
		for (var shortName : SHORT_NAMES.entrySet()) {
			dl = dl.replace(shortName.getKey(), shortName.getValue());
		}
		if (!CANONICAL_DOMAIN.matcher(dl).matches()) {
			dl = onCanonicalDomain(dl);
		}
		dl = padGtin(dl);
		dl = CPV.matcher(dl).replaceFirst("$1$2"); //$NON-NLS-1$
		dl = LOT_AND_SERIAL.matcher(dl).replaceFirst("$1$2"); //$NON-NLS-1$
		if (dl.endsWith("/")) { //$NON-NLS-1$
			dl = dl.substring(0, dl.length() - 1);
		}
		String result = dl;
		return VALID.stream().anyMatch(v -> v.matcher(result).matches()) ? result : null;
	}

	private static String onCanonicalDomain(String dl) {
		for (String key : PRIMARY_KEYS) {
			int at = dl.indexOf(key);
			if (at >= 0) {
				return CANONICAL + dl.substring(at);
			}
		}
		return dl;
	}

	/** GTIN-8, -12 and -13 become GTIN-14 by leading zeros. */
	private static String padGtin(String dl) {
		String prefix = CANONICAL + "/01/"; //$NON-NLS-1$
		if (!dl.startsWith(prefix)) {
			return dl;
		}
		int digits = 0;
		while (prefix.length() + digits < dl.length() && Character.isDigit(dl.charAt(prefix.length() + digits))) {
			digits++;
		}
		return switch (digits) {
		case 13, 12, 8 -> prefix + "0".repeat(14 - digits) + dl.substring(prefix.length()); //$NON-NLS-1$
		default -> dl;
		};
	}
}
