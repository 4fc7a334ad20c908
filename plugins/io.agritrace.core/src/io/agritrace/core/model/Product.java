package io.agritrace.core.model;

/**
 * A trade item of the catalogue.
 *
 * @param gtin     GTIN-14
 * @param nameZh   Chinese name
 * @param nameEn   English name
 * @param category rice, corn, soybean, ginseng, fungus, cattle, deer, ...
 * @param external true when it only appeared in an imported document
 */
public record Product(String gtin, String nameZh, String nameEn, String category, boolean external) {
}
