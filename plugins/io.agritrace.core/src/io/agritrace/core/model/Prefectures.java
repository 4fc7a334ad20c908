package io.agritrace.core.model;

import java.util.List;

/** Jilin's nine prefectures, by their GB/T 2260 codes (220100 Changchun … 222400 Yanbian): what views filter by. */
public final class Prefectures {

	private static final List<String> CODES = Divisions.all().stream().map(Divisions.Division::code)
			.filter(c -> c.endsWith("00") && !c.endsWith("0000")).sorted().toList(); //$NON-NLS-1$ //$NON-NLS-2$

	private Prefectures() {
	}

	public static List<String> codes() {
		return CODES;
	}

	/** The first four digits, which every county of the prefecture shares. */
	public static String prefix(String code) {
		return code.substring(0, 4);
	}

	/** The prefecture's code of a county's, e.g. 220100 for 220104. */
	public static String of(String county) {
		return prefix(county) + "00"; //$NON-NLS-1$
	}
}
