package io.agritrace.core.epcis.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms of values in a pre-hash string (CBV 2.0 Event Hash ID rules
 * 9–13): CBV URNs as web vocabulary, numbers without insignificant digits,
 * GS1 keys as canonical Digital Links, times in UTC at millisecond precision.
 */
final class ValueCanonicaliser {

	/** CBV URN prefixes and their web vocabulary forms. */
	private static final String[][] CBV_URNS = { { "urn:epcglobal:cbv:bizstep:", CbvVocabulary.CBV //$NON-NLS-1$
			+ "BizStep-" }, //$NON-NLS-1$
			{ "urn:epcglobal:cbv:disp:", CbvVocabulary.CBV + "Disp-" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "urn:epcglobal:cbv:btt:", CbvVocabulary.CBV + "BTT-" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "urn:epcglobal:cbv:sdt:", CbvVocabulary.CBV + "SDT-" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "urn:epcglobal:cbv:er:", CbvVocabulary.CBV + "ER-" } }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*"); //$NON-NLS-1$
	private static final Pattern DATE_TIME = Pattern.compile(
			"(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?"); //$NON-NLS-1$
	private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private ValueCanonicaliser() {
	}

	/**
	 * Canonical forms already computed: events repeat the same identifiers,
	 * places and vocabulary values over and over. Bounded by clearing.
	 */
	private static final Map<String, String> VALUES = new ConcurrentHashMap<>();
	private static final Map<String, String> IDENTIFIERS = new ConcurrentHashMap<>();
	private static final int CACHE_LIMIT = 100_000;

	/** The canonical form of a (trimmed) value. */
	static String value(String text) {
		return cached(VALUES, text, v -> digitalLinkOrItself(number(webVocabulary(v))));
	}

	/** An identifier's Digital Link when it carries a GS1 key, else itself. */
	static String identifier(String id) {
		return cached(IDENTIFIERS, id, ValueCanonicaliser::digitalLinkOrItself);
	}

	/** The canonical Digital Link of a value that carries a GS1 key, else the value. */
	private static String digitalLinkOrItself(String value) {
		String dl = DigitalLinkNormaliser.normalise(value);
		return dl != null ? dl : value;
	}

	private static String cached(Map<String, String> cache, String key, UnaryOperator<String> compute) {
		String hit = cache.get(key);
		if (hit != null) {
			return hit;
		}
		String computed = compute.apply(key);
		if (cache.size() >= CACHE_LIMIT) {
			cache.clear();
		}
		cache.put(key, computed);
		return computed;
	}

	/** Old CBV URNs become their CBV 2.0 web URIs. */
	static String webVocabulary(String text) {
		String v = text;
		for (String[] urn : CBV_URNS) {
			v = v.replace(urn[0], urn[1]);
		}
		return v;
	}

	/**
	 * A number in its shortest form: integral values without a fraction (600.0 is
	 * 600), others as the shortest decimal that reads back the same double. Other
	 * text is returned as it is.
	 */
	static String number(String text) {
		if (!NUMBER.matcher(text).matches()) {
			return text;
		}
		double d = Double.parseDouble(text.strip());
		if (Double.isInfinite(d)) {
			return text;
		}
		if (d == Math.rint(d)) {
			return new BigDecimal(d).toBigInteger().toString();
		}
		return shortest(d);
	}

	/** Shortest round-trip decimal, with an exponent only below 1e-4 or from 1e16 on. */
	private static String shortest(double d) {
		BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
		double magnitude = Math.abs(d);
		if (magnitude >= 1e-4 && magnitude < 1e16) {
			return exact.toPlainString();
		}
		String digits = exact.unscaledValue().abs().toString();
		int exponent = digits.length() - 1 - exact.scale();
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1); //$NON-NLS-1$
		return (d < 0 ? "-" : "") + mantissa + "e" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (exponent < 0 ? "-" : "+") //$NON-NLS-1$ //$NON-NLS-2$
				+ String.format("%02d", Math.abs(exponent)); //$NON-NLS-1$
	}

	/**
	 * A date-time in UTC with exactly three fraction digits, microseconds rounded
	 * half to even; text that is no date-time stays as it is.
	 */
	static String time(String text) {
		Matcher m = DATE_TIME.matcher(text);
		if (!m.matches()) {
			return text;
		}
		// The pattern has fixed where each field is, so they are read directly: java.time's
		// parser made this method a hot spot of every import.
		String date = m.group(1);
		String time = m.group(2);
		LocalDateTime local = LocalDateTime.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
				Integer.parseInt(date, 8, 10, 10), Integer.parseInt(time, 0, 2, 10), Integer.parseInt(time, 3, 5, 10),
				time.length() == 5 ? 0 : Integer.parseInt(time, 6, 8, 10));
		String fraction = m.group(3) == null ? "0" : m.group(3); //$NON-NLS-1$
		long micros = Long.parseLong((fraction + "00000").substring(0, 6)); //$NON-NLS-1$
		long millis = micros / 1000;
		long rest = micros % 1000;
		if (rest > 500 || rest == 500 && millis % 2 == 1) { // half to even
			millis++;
		}
		Instant instant = local.toInstant(offset(m.group(4))).plusMillis(millis);
		return UTC_MILLIS.format(instant);
	}

	private static ZoneOffset offset(String text) {
		if (text == null || "Z".equals(text)) { //$NON-NLS-1$
			return ZoneOffset.UTC;
		}
		String normalised = text.length() == 3 ? text + ":00" : text; //$NON-NLS-1$
		return ZoneOffset.of(normalised.length() == 5 ? normalised.substring(0, 3) + ":" + normalised.substring(3) //$NON-NLS-1$
				: normalised);
	}
}
