package io.agritrace.core.trace;

import java.math.BigDecimal;

/**
 * What one receiver got of a recalled lot and everything made from it.
 *
 * @param party    the receiving party (possessing party at the destination)
 * @param location where it was received
 * @param item     the lot received
 * @param quantity how much
 * @param uom      in which unit
 */
public record RecallLine(String party, String location, String item, BigDecimal quantity, String uom) {
}
