package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.junit.jupiter.api.Test;

/** The chain bundle's preference initializer: what a workspace that saved nothing connects to. */
class ChainPreferenceDefaultsTest {

	@Test
	void theDefaultScopeHoldsTheManagedLocalChain() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ChainSettings.NODE);
		ChainSettings read = new ChainSettings(defaults.getBoolean(ChainSettings.KEY_MANAGED, false),
				defaults.get(ChainSettings.KEY_RPC_URL, null), defaults.getLong(ChainSettings.KEY_CHAIN_ID, -1),
				defaults.get(ChainSettings.KEY_CONTRACT, null), defaults.get(ChainSettings.KEY_KEYSTORE, null),
				defaults.getLong(ChainSettings.KEY_RECEIPT_POLL_MS, -1),
				new BigInteger(defaults.get(ChainSettings.KEY_GAS_PRICE, "-1")));
		assertEquals(ChainSettings.DEFAULTS, read);
	}
}
