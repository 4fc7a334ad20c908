package io.agritrace.core.model;

import java.util.Locale;

/**
 * A trade item of the catalogue.
 *
 * @param gtin     GTIN-14
 * @param nameZh   Chinese name
 * @param nameEn   English name
 * @param category    rice, corn, soybean, ginseng, fungus, cattle, deer, ...
 * @param unit        the UN/ECE Rec. 20 unit its lots are counted in, e.g. KGM; null when not known
 * @param storageBand the temperature it must be kept at, or null where none applies
 * @param external    true when it only appeared in an imported document
 */
public record Product(String gtin, String nameZh, String nameEn, String category, String unit, StorageBand storageBand,
		boolean external) {

	/** Its name in the language; a product imported without names is named by its GTIN. */
	public String name(Locale language) {
		String name = DisplayLanguage.name(language, nameZh, nameEn);
		return name == null ? gtin : name;
	}
}
