package io.agritrace.chain.internal;

import java.io.IOException;

import org.web3j.protocol.besu.Besu;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainStatus;

/** {@link ChainClient} over web3j's Besu JSON-RPC client. */
public final class Web3jChainClient implements ChainClient {

	private final String rpcUrl;
	private final Besu besu;

	public Web3jChainClient(String rpcUrl) {
		this.rpcUrl = rpcUrl;
		this.besu = Besu.build(new HttpService(rpcUrl));
	}

	@Override
	public ChainStatus status() {
		try {
			var chainId = besu.ethChainId().send();
			var blockNumber = besu.ethBlockNumber().send();
			String error = firstError(chainId, blockNumber);
			if (error != null) {
				return new ChainStatus.NotConnected(rpcUrl, error);
			}
			return new ChainStatus.Connected(rpcUrl, chainId.getChainId().longValueExact(),
					blockNumber.getBlockNumber());
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
			return new ChainStatus.NotConnected(rpcUrl, reason);
		}
	}

	private static String firstError(Response<?>... responses) {
		for (Response<?> r : responses) {
			if (r.hasError()) {
				return r.getError().getMessage();
			}
		}
		return null;
	}

	@Override
	public void close() {
		besu.shutdown();
	}
}
