package io.agritrace.chain;

import java.math.BigInteger;

/** What a chain node answered, or why it could not be asked. */
public sealed interface ChainStatus {

	/** The node's URL. */
	String rpcUrl();

	/** The node answered. */
	record Connected(String rpcUrl, long chainId, BigInteger blockNumber) implements ChainStatus {
	}

	/** The node could not be reached or gave no usable answer. */
	record NotConnected(String rpcUrl, String reason) implements ChainStatus {
	}
}
