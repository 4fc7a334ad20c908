package io.agritrace.anchor;

import java.math.BigInteger;

import io.agritrace.chain.ChainSettings;

/**
 * Settings given for one run (the command line's {@code --rpc-url},
 * {@code --chain-id}, {@code --contract}, {@code --keystore},
 * {@code --receipt-poll-ms}, {@code --gas-price}) over the configured ones;
 * null keeps the configured value. On the managed local chain the network
 * fields kept for when it is switched off do not apply: the overrides go over
 * the defaults.
 */
public record ChainOverrides(String rpcUrl, Long chainId, String contract, String keystore, Long receiptPollMs,
		BigInteger gasPrice) {

	/** Nothing overridden. */
	public static final ChainOverrides NONE = new ChainOverrides(null, null, null, null, null, null);

	/** The configured settings with these overrides. */
	public ChainSettings over(ChainSettings configured) {
		ChainSettings base = configured.managed() ? ChainSettings.DEFAULTS : configured;
		return new ChainSettings(base.managed(), or(rpcUrl, base.rpcUrl()), or(chainId, base.expectedChainId()),
				or(contract, base.contract()), or(keystore, base.keystore()), or(receiptPollMs, base.receiptPollMs()),
				or(gasPrice, base.gasPrice()));
	}

	private static <T> T or(T override, T configured) {
		return override != null ? override : configured;
	}
}
