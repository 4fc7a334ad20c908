package io.agritrace.chain;

/**
 * A handover logged by the registry contract: proposed by the holder, or
 * turned down by the organisation it was proposed to, with its reason.
 *
 * @param rejected false for a proposal, true for a rejection
 * @param batch    the batch's key
 * @param from     the holder's key
 * @param to       the key of the organisation the handover was proposed to
 * @param reason   why the receiver turned it down; empty for a proposal
 * @param block    the block the contract logged it in
 */
public record HandoverRecord(boolean rejected, ChainKey batch, ChainKey from, ChainKey to, String reason, long block) {
}
