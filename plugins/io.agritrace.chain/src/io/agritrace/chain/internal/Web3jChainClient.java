package io.agritrace.chain.internal;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import org.web3j.protocol.besu.Besu;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;

import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainStatus;

/** {@link ChainClient} over web3j's Besu JSON-RPC client. */
public final class Web3jChainClient implements ChainClient {

	private final String rpcUrl;
	private final long expectedChainId;
	private final Besu besu;

	public Web3jChainClient(ChainEndpoint endpoint, long expectedChainId) {
		this.rpcUrl = endpoint.rpcUrl();
		this.expectedChainId = expectedChainId;
		this.besu = endpoint.besu();
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
			long id = chainId.getChainId().longValueExact();
			if (expectedChainId != ANY_CHAIN && id != expectedChainId) {
				return new ChainStatus.WrongChain(rpcUrl, expectedChainId, id);
			}
			return new ChainStatus.Connected(rpcUrl, id, blockNumber.getBlockNumber(), peers(), validators());
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
			return new ChainStatus.NotConnected(rpcUrl, reason);
		}
	}

	/** Nodes that do not say (a disabled NET API) answer with an error. */
	private OptionalInt peers() throws IOException {
		var peers = besu.netPeerCount().send();
		return peers.hasError() ? OptionalInt.empty() : OptionalInt.of(peers.getQuantity().intValueExact());
	}

	/** Only Besu with QBFT (and its QBFT API enabled) knows qbft_*; any other node answers with an error. */
	private List<String> validators() throws IOException {
		var validators = besu.qbftGetValidatorsByBlockNumber(DefaultBlockParameterName.LATEST).send();
		return validators.hasError() ? List.of() : List.copyOf(validators.getAccounts());
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
