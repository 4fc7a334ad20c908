package io.agritrace.core.epcis;

import java.math.BigDecimal;

/**
 * An amount of a class of objects, e.g. 12,000 KGM of one rice lot.
 *
 * @param epcClass canonical identifier of the class (a lot's Digital Link)
 * @param quantity the amount, or null when the event gives none
 * @param uom      UN/ECE Rec. 20 unit, or null for a count of instances
 */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
}
