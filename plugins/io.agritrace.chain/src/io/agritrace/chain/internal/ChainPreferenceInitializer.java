package io.agritrace.chain.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.agritrace.chain.ChainSettings;

/**
 * The defaults of the {@value ChainSettings#NODE} preferences,
 * {@link ChainSettings#DEFAULTS} and the interval of whole-store
 * verifications: what the chain preference page restores and
 * what the workbench and the CLI read where a workspace saved nothing. It
 * lives here because the platform runs a node's initializer only from the
 * bundle of the node's name.
 */
public final class ChainPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(ChainSettings.NODE);
		ChainSettings d = ChainSettings.DEFAULTS;
		node.putBoolean(ChainSettings.KEY_MANAGED, d.managed());
		node.put(ChainSettings.KEY_RPC_URL, d.rpcUrl());
		node.putLong(ChainSettings.KEY_CHAIN_ID, d.expectedChainId());
		node.put(ChainSettings.KEY_CONTRACT, d.contract());
		node.put(ChainSettings.KEY_KEYSTORE, d.keystore());
		node.putLong(ChainSettings.KEY_RECEIPT_POLL_MS, d.receiptPollMs());
		node.put(ChainSettings.KEY_GAS_PRICE, d.gasPrice().toString());
		node.putInt(ChainSettings.KEY_VERIFY_INTERVAL_MINUTES, ChainSettings.DEFAULT_VERIFY_INTERVAL_MINUTES);
	}
}
