package io.agritrace.chain;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;

import io.agritrace.chain.internal.contract.AgriTraceRegistry;

/**
 * What the regulator does with the contract: deploy it and grant recorder
 * accounts to organisations (named by their party URI, kept on chain as its
 * SHA-256).
 */
public final class RegistryAdmin implements AutoCloseable {

	private final Web3j web3j;
	private final AgriTraceRegistry registry;

	private RegistryAdmin(Web3j web3j, AgriTraceRegistry registry) {
		this.web3j = web3j;
		this.registry = registry;
	}

	/** Deploys a new registry whose regulator is the key's account. */
	public static RegistryAdmin deploy(ChainEndpoint endpoint, long chainId, String regulatorKey) throws ChainException {
		Web3j web3j = endpoint.besu();
		try {
			return new RegistryAdmin(web3j, AgriTraceRegistry
					.deploy(web3j, endpoint.transactionManager(web3j, chainId, SigningKey.of(regulatorKey)), endpoint.adminGas()).send());
		} catch (Exception e) {
			web3j.shutdown();
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/** The regulator's hand on a registry deployed before. */
	public static RegistryAdmin at(ChainEndpoint endpoint, long chainId, String contract, String regulatorKey) {
		Web3j web3j = endpoint.besu();
		return new RegistryAdmin(web3j, AgriTraceRegistry.load(contract, web3j,
				endpoint.transactionManager(web3j, chainId, SigningKey.of(regulatorKey)), endpoint.adminGas()));
	}

	public String contractAddress() {
		return registry.getContractAddress();
	}

	/** Lets the account anchor on behalf of the organisation. */
	public void grantRecorder(String account, String organisation) throws ChainException {
		try {
			registry.grantRecorder(account, ChainKey.of(organisation).bytes()).send();
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/** True when the account already records for the organisation. */
	public boolean isRecorder(String account, String organisation) throws ChainException {
		try {
			return ChainKey.of(organisation).equals(ChainKey.answered(registry.organisationOf(account).send()));
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/** The account address of a private key. */
	public static String addressOf(String key) {
		return Credentials.create(key).getAddress();
	}

	@Override
	public void close() {
		web3j.shutdown();
	}
}
