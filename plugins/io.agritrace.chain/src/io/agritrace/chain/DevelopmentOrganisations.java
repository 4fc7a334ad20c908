package io.agritrace.chain;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

import org.web3j.utils.Numeric;

/**
 * Signing keys of the organisations on a development chain (the managed local
 * chain, the tests): derived from each organisation's identifier, so public
 * like anvil's own development keys and worthless elsewhere, and granted to
 * the organisation by the regulator the first time they are asked for (unless
 * the chain has it granted already: a grant waits for its block). On a
 * real network every organisation keeps its own key in its own keystore.
 */
public final class DevelopmentOrganisations implements AutoCloseable {

	private static final String SEED = "agritrace development organisation "; //$NON-NLS-1$

	private final RegistryAdmin admin;
	private final Set<String> granted = new HashSet<>();

	public DevelopmentOrganisations(ChainEndpoint endpoint, long chainId, String contract, String regulatorKey) {
		this.admin = RegistryAdmin.at(endpoint, chainId, contract, regulatorKey);
	}

	/** The workspace's managed local chain, once started. */
	public static DevelopmentOrganisations onLocalChain(LocalChain chain, String contract) {
		return new DevelopmentOrganisations(ChainEndpoint.of(chain.rpcUrl()), LocalChain.CHAIN_ID, contract,
				LocalChain.REGULATOR_KEY);
	}

	/** The organisation's key, granted as its recorder on first use if the chain does not know it yet. */
	public SigningKey keyOf(String organisation) throws ChainException {
		SigningKey key = SigningKey.of(
				Numeric.toHexStringWithPrefixZeroPadded(new BigInteger(1, ChainKey.of(SEED + organisation).bytes()), 64));
		if (granted.add(organisation) && !admin.isRecorder(key.address(), organisation)) {
			admin.grantRecorder(key.address(), organisation);
		}
		return key;
	}

	@Override
	public void close() {
		admin.close();
	}
}
