package io.agritrace.chain;

import io.agritrace.chain.internal.Web3jChainClient;

/** A connection to a Besu network through its JSON-RPC API. */
public interface ChainClient extends AutoCloseable {

	/** Asks the node for chain id and block height; never throws. */
	ChainStatus status();

	@Override
	void close();

	static ChainClient connect(ChainSettings settings) {
		return new Web3jChainClient(settings.rpcUrl());
	}
}
