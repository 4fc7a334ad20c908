package io.agritrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A division's name in each language, and where its code serves too, one style for it. */
class DivisionsTest {

	/**
	 * The newcomer's "南关区  220102" in the county picker and "梅河口市 (220581)" on the
	 * lot: one style, the code in brackets as each language writes them.
	 */
	@Test
	void aCodeFollowsTheNameInTheLanguagesBrackets() {
		assertEquals("\u6885\u6cb3\u53e3\u5e02", Divisions.name("220581", Locale.SIMPLIFIED_CHINESE));
		assertEquals("\u6885\u6cb3\u53e3\u5e02\uff08220581\uff09", Divisions.withCode("220581", Locale.SIMPLIFIED_CHINESE));
		assertEquals("\u5357\u5173\u533a\uff08220102\uff09", Divisions.withCode("220102", Locale.CHINA));
		assertEquals("Meihekou City (220581)", Divisions.withCode("220581", Locale.ENGLISH));
		assertEquals("999999", Divisions.withCode("999999", Locale.SIMPLIFIED_CHINESE), "an unknown code once, as it is");
	}
}
