package io.agritrace.core.anchor;

import java.math.BigInteger;

import io.agritrace.core.epcis.EventHashId;

/**
 * What the chain says about one anchored event.
 *
 * @param hashId      the Event Hash ID
 * @param blockNumber the block it was anchored in
 * @param transaction the transaction that anchored it
 * @param recorder    the account that anchored it
 */
public record AnchorRecord(EventHashId hashId, BigInteger blockNumber, TransactionHash transaction, String recorder) {
}
