package io.agritrace.core.epcis.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agritrace.core.model.Gs1CheckDigit;

/**
 * Converts EPC URIs (pure identity, class and ID pattern URIs, GS1 EPC Tag Data
 * Standard §6–8) into GS1 Digital Link URIs on id.gs1.org, as the CBV 2.0 Event
 * Hash ID canonicalisation requires.
 */
final class EpcUriConverter {

	private static final String DL = "https://id.gs1.org/"; //$NON-NLS-1$
	/** One character of an EPC serial or reference: escaped or from TDS Table A-1. */
	private static final String CHAR = "(?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])"; //$NON-NLS-1$

	private static final Pattern URI = Pattern.compile("urn:epc:(id|class|idpat):([a-z]+):(.*)"); //$NON-NLS-1$
	private static final Pattern SGTIN = Pattern.compile("(\\d{6,12})\\.(\\d{1,7})\\.(" + CHAR + "{1,20})"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern TWO_NUMBERS = Pattern.compile("(\\d{6,12})\\.(\\d*)"); //$NON-NLS-1$
	private static final Pattern NUMBERS_AND_SERIAL = Pattern.compile("(\\d{6,12})\\.(\\d*)\\.(" + CHAR //$NON-NLS-1$
			+ "{1,28})"); //$NON-NLS-1$
	private static final Pattern PREFIX_AND_REFERENCE = Pattern.compile("(\\d{6,12})\\.(" + CHAR + "{1,30})"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern CPI = Pattern
			.compile("(\\d{6,12})\\.((?:%2[3dfDF]|%3[0-9]|%4[1-9A-Fa-f]|%5[0-9Aa]|[0-9A-Z-]){1,24})\\.(\\d{1,12}|\\*)"); //$NON-NLS-1$
	private static final Pattern ITIP = Pattern.compile("(\\d{6,12})\\.(\\d{1,7})\\.(\\d{2})\\.(\\d{2})\\.(" + CHAR //$NON-NLS-1$
			+ "{1,20}|\\*)"); //$NON-NLS-1$
	private static final Pattern PATTERN = Pattern.compile("(\\d{6,12})\\.(\\d*)\\.\\*"); //$NON-NLS-1$

	private EpcUriConverter() {
	}

	/** The Digital Link form of an EPC URI, or null when {@code uri} is none. */
	static String toDigitalLink(String uri) {
		Matcher m = URI.matcher(uri);
		if (!m.matches()) {
			return null;
		}
		String kind = m.group(1);
		String scheme = m.group(2);
		String body = m.group(3);
		return switch (kind) {
		case "id" -> identity(scheme, body); //$NON-NLS-1$
		case "class" -> "lgtin".equals(scheme) ? withGtin(SGTIN.matcher(body), "/10/") : null; //$NON-NLS-1$ //$NON-NLS-2$
		default -> pattern(scheme, body);
		};
	}

	private static String identity(String scheme, String body) {
		return switch (scheme) {
		case "sgtin" -> withGtin(SGTIN.matcher(body), "/21/"); //$NON-NLS-1$ //$NON-NLS-2$
		case "upui" -> withGtin(match(NUMBERS_AND_SERIAL, body, 13), "/235/"); //$NON-NLS-1$ //$NON-NLS-2$
		case "sscc" -> key("00/", match(TWO_NUMBERS, body, 17), true, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "gsrn" -> key("8018/", match(TWO_NUMBERS, body, 17), false, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "gsrnp" -> key("8017/", match(TWO_NUMBERS, body, 17), false, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "gsin" -> key("402/", match(TWO_NUMBERS, body, 16), false, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "pgln" -> key("417/", match(TWO_NUMBERS, body, 12), false, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "sgln" -> sgln(match(NUMBERS_AND_SERIAL, body, 12));
		case "grai" -> serialAppended("8003/0", match(NUMBERS_AND_SERIAL, body, 12)); //$NON-NLS-1$
		case "gdti" -> serialAppended("253/", match(NUMBERS_AND_SERIAL, body, 12)); //$NON-NLS-1$
		case "sgcn" -> serialAppended("255/", match(NUMBERS_AND_SERIAL, body, 12)); //$NON-NLS-1$
		case "giai" -> prefixed("8004/", PREFIX_AND_REFERENCE.matcher(body)); //$NON-NLS-1$
		case "ginc" -> prefixed("401/", PREFIX_AND_REFERENCE.matcher(body)); //$NON-NLS-1$
		case "cpi" -> cpi(CPI.matcher(body), false);
		case "itip" -> itip(ITIP.matcher(body), false);
		default -> null;
		};
	}

	private static String pattern(String scheme, String body) {
		return switch (scheme) {
		case "sgtin", "upui" -> { //$NON-NLS-1$ //$NON-NLS-2$
			Matcher m = match(PATTERN, body, 13);
			yield m == null ? null : DL + "01/" + gtin(m); //$NON-NLS-1$
		}
		case "grai" -> key("8003/0", match(PATTERN, body, 12), false, ""); //$NON-NLS-1$ //$NON-NLS-2$
		case "gdti" -> key("253/", match(PATTERN, body, 12), false, ""); //$NON-NLS-1$ //$NON-NLS-2$
		case "sgcn" -> key("255/", match(PATTERN, body, 12), false, ""); //$NON-NLS-1$ //$NON-NLS-2$
		case "cpi" -> cpi(CPI.matcher(body), true); //$NON-NLS-1$
		case "itip" -> itip(ITIP.matcher(body), true); //$NON-NLS-1$
		default -> null;
		};
	}

	/** The matcher if the pattern matches and its first two groups have {@code digits} digits together. */
	private static Matcher match(Pattern pattern, String body, int digits) {
		Matcher m = pattern.matcher(body);
		return m.matches() && m.group(1).length() + m.group(2).length() == digits ? m : null;
	}

	/** GTIN-14 from company prefix and indicator + item reference (TDS §7.1.2). */
	private static String gtin(Matcher m) {
		String itemRef = m.group(2);
		return Gs1CheckDigit.append(itemRef.charAt(0) + m.group(1) + itemRef.substring(1));
	}

	private static String withGtin(Matcher m, String qualifier) {
		if (m == null || !m.matches() || m.group(1).length() + m.group(2).length() != 13) {
			return null;
		}
		return DL + "01/" + gtin(m) + qualifier + percentEncode(m.group(3)); //$NON-NLS-1$
	}

	/**
	 * A key of company prefix + reference + check digit; with {@code extensionFirst}
	 * the reference's first digit (SSCC extension digit) goes in front.
	 */
	private static String key(String ai, Matcher m, boolean extensionFirst, String suffix) {
		if (m == null) {
			return null;
		}
		String ref = m.group(2);
		String digits = extensionFirst ? ref.charAt(0) + m.group(1) + ref.substring(1) : m.group(1) + ref;
		return DL + ai + Gs1CheckDigit.append(digits) + suffix;
	}

	private static String sgln(Matcher m) {
		if (m == null) {
			return null;
		}
		String extension = m.group(3);
		String glnExtension = "0".equals(extension) ? "" : "/254/" + percentEncode(extension); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return key("414/", m, false, glnExtension); //$NON-NLS-1$
	}

	private static String serialAppended(String ai, Matcher m) {
		return m == null ? null : key(ai, m, false, percentEncode(m.group(3)));
	}

	private static String prefixed(String ai, Matcher m) {
		if (!m.matches() || m.group(1).length() + m.group(2).length() > 30) {
			return null;
		}
		return DL + ai + m.group(1) + percentEncode(m.group(2));
	}

	private static String cpi(Matcher m, boolean pattern) {
		if (!m.matches() || pattern != "*".equals(m.group(3))) { //$NON-NLS-1$
			return null;
		}
		String cpid = DL + "8010/" + percentEncode(m.group(1) + m.group(2)); //$NON-NLS-1$
		return pattern ? cpid : cpid + "/8011/" + m.group(3); //$NON-NLS-1$
	}

	private static String itip(Matcher m, boolean pattern) {
		if (!m.matches() || m.group(1).length() + m.group(2).length() != 13 || pattern != "*".equals(m.group(5))) { //$NON-NLS-1$
			return null;
		}
		String itip = DL + "8006/" + gtin(m) + m.group(3) + m.group(4); //$NON-NLS-1$
		return pattern ? itip : itip + "/21/" + percentEncode(m.group(5)); //$NON-NLS-1$
	}

	/**
	 * Percent-encodes what GS1 Digital Link 1.x Table 7-1 requires and an EPC URI
	 * may leave unescaped; what the EPC URI escaped stays escaped.
	 */
	static String percentEncode(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '!', '(', ')', '*', '+', ',', ':' -> out.append('%').append(String.format("%02X", (int) c)); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
