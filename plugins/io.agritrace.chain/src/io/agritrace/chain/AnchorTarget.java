package io.agritrace.chain;

/**
 * Everything a publisher needs to anchor: the node, its chain, the registry
 * contract and the recorder's key (held in memory only; {@link #toString()}
 * leaves it out).
 */
public record AnchorTarget(ChainEndpoint endpoint, long chainId, String contract, SigningKey signingKey) {

	/** The managed local chain, once started, with its development recorder account. */
	public static AnchorTarget local(LocalChain chain, String contract) {
		return new AnchorTarget(ChainEndpoint.of(chain.rpcUrl()), LocalChain.CHAIN_ID, contract,
				SigningKey.of(LocalChain.RECORDER_KEY));
	}

	/** A ledger on this target; the caller closes it. */
	public AnchorLedger open() {
		return AnchorLedger.connect(endpoint, chainId, contract, signingKey);
	}

	@Override
	public String toString() {
		return "AnchorTarget[" + endpoint + ", chain " + chainId + ", contract " + contract //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "]"; //$NON-NLS-1$
	}
}
