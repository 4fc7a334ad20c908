package io.agritrace.core.epcis;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agritrace.core.epcis.internal.Canonical;

/** Canonical forms of identifiers, so that one object has one key whatever its notation. */
public final class Identifiers {

	private static final Pattern GTIN_IN_LINK = Pattern.compile("https://id\\.gs1\\.org/01/(\\d{14})(/.*)?"); //$NON-NLS-1$
	private static final Pattern LOT_IN_LINK = Pattern.compile("https://id\\.gs1\\.org/01/\\d{14}/10/([^/?#]+)([/?#].*)?"); //$NON-NLS-1$

	private Identifiers() {
	}

	/**
	 * The canonical GS1 Digital Link of an EPC URI or Digital Link, or the
	 * identifier itself when it carries no GS1 key (a URL, a geo URI, ...).
	 */
	public static String canonical(String identifier) {
		return Canonical.identifier(identifier.strip());
	}

	/** The Digital Link of a lot: GTIN-14 and lot number (GS1 AI 01 + 10). */
	public static String lot(String gtin14, String lot) {
		return "https://id.gs1.org/01/" + gtin14 + "/10/" + lot; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The GTIN-14 of a canonical GS1 Digital Link with AI 01, or empty for any other identifier. */
	public static Optional<String> gtin(String identifier) {
		Matcher m = GTIN_IN_LINK.matcher(identifier);
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** The lot number (AI 10) of a canonical GS1 Digital Link, percent-decoded, or empty for any other identifier. */
	public static Optional<String> lotNumber(String identifier) {
		Matcher m = LOT_IN_LINK.matcher(identifier);
		// "+" is a plus in a URI path, not the space that URLDecoder takes it for.
		return m.matches()
				? Optional.of(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8)) //$NON-NLS-1$ //$NON-NLS-2$
				: Optional.empty();
	}

	/**
	 * A CBV 2.0 vocabulary value in its short form: "shipping" for
	 * https://ref.gs1.org/cbv/BizStep-shipping or urn:epcglobal:cbv:bizstep:shipping.
	 * Values of other vocabularies stay as they are.
	 */
	public static String cbvShortName(String value) {
		return Canonical.cbvShortName(value);
	}
}
