package io.agritrace.chain;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;

/** What a chain node answered, or why it could not be asked. */
public sealed interface ChainStatus {

	/** The node's URL. */
	String rpcUrl();

	/**
	 * The node answered.
	 *
	 * @param peers      how many peers it has, when it says ({@code net_peerCount})
	 * @param validators the QBFT validators at the latest block; empty when the
	 *                   node runs no QBFT ({@code qbft_*} is Besu's API)
	 */
	record Connected(String rpcUrl, long chainId, BigInteger blockNumber, OptionalInt peers, List<String> validators)
			implements ChainStatus {
	}

	/** The node belongs to another chain than the one configured: nothing is sent to it. */
	record WrongChain(String rpcUrl, long expectedChainId, long chainId) implements ChainStatus {
	}

	/** The node could not be reached or gave no usable answer. */
	record NotConnected(String rpcUrl, String reason) implements ChainStatus {
	}
}
