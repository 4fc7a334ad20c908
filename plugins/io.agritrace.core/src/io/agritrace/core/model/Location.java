package io.agritrace.core.model;

import java.util.Locale;

/**
 * A farm plot, warehouse, plant or shop.
 *
 * @param uri       how events name it: its GLN as a Digital Link, or any URI
 * @param division  GB/T 2260 code of its county, or null
 * @param nameZh    Chinese name
 * @param nameEn    English name
 * @param latitude  WGS-84 degrees, or null
 * @param longitude WGS-84 degrees, or null
 * @param operator  the party that runs it (its URI), whose records the events there are; or null
 * @param external  true when it only appeared in an imported document
 */
public record Location(String uri, String division, String nameZh, String nameEn, Double latitude, Double longitude,
		String operator, boolean external) {

	/** Its name in the language; a place imported without names is named by its URI. */
	public String name(Locale language) {
		String name = DisplayLanguage.name(language, nameZh, nameEn);
		return name == null ? uri : name;
	}
}
