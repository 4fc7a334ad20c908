package io.agritrace.chain;

import io.agritrace.chain.internal.Web3jChainClient;

/** A connection to a Besu network through its JSON-RPC API. */
public interface ChainClient extends AutoCloseable {

	/** Any chain id will do. */
	long ANY_CHAIN = 0;

	/** Asks the node for chain id, block height, peers and validators; never throws. */
	ChainStatus status();

	@Override
	void close();

	/**
	 * @param expectedChainId the chain the node must belong to, or {@link #ANY_CHAIN}
	 */
	static ChainClient connect(ChainEndpoint endpoint, long expectedChainId) {
		return new Web3jChainClient(endpoint, expectedChainId);
	}
}
