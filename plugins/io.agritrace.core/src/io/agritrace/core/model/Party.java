package io.agritrace.core.model;

import java.util.Locale;

/**
 * A farm, cooperative, processor, carrier, store, retailer, inspector or
 * regulator.
 *
 * @param uri      how events name it: its party GLN as a Digital Link, or any URI
 * @param uscc     unified social credit code (checked), or null for an external party
 * @param gln      GS1 party GLN, or null
 * @param nameZh   Chinese name
 * @param nameEn   English name
 * @param role     farm, cooperative, processor, carrier, cold_store, retailer, inspector, regulator
 * @param county   GB/T 2260 code of its county, or null
 * @param contact  a telephone number for recalls and certificates, or null
 * @param external true when it only appeared in an imported document (unverified)
 */
public record Party(String uri, String uscc, String gln, String nameZh, String nameEn, String role, String county,
		String contact, boolean external) {

	/** Its name in the language; a party imported without names is named by its URI. */
	public String name(Locale language) {
		String name = DisplayLanguage.name(language, nameZh, nameEn);
		return name == null ? uri : name;
	}
}
