package io.agritrace.anchor;

import java.math.BigInteger;
import java.time.Duration;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.agritrace.chain.ChainSettings;

/**
 * The chain settings as the workspace's {@value ChainSettings#NODE}
 * preferences hold them (instance scope over defaults), so that the workbench,
 * the CLI and the tests see one configuration. The chain bundle itself reads
 * no preferences.
 */
public final class ChainPreferences {

	private ChainPreferences() {
	}

	public static ChainSettings read(IPreferencesService preferences) {
		IScopeContext[] scopes = { InstanceScope.INSTANCE, DefaultScope.INSTANCE };
		ChainSettings defaults = ChainSettings.DEFAULTS;
		String node = ChainSettings.NODE;
		return new ChainSettings(preferences.getBoolean(node, ChainSettings.KEY_MANAGED, defaults.managed(), scopes),
				preferences.getString(node, ChainSettings.KEY_RPC_URL, defaults.rpcUrl(), scopes),
				preferences.getLong(node, ChainSettings.KEY_CHAIN_ID, defaults.expectedChainId(), scopes),
				preferences.getString(node, ChainSettings.KEY_CONTRACT, defaults.contract(), scopes).strip(),
				preferences.getString(node, ChainSettings.KEY_KEYSTORE, defaults.keystore(), scopes).strip(),
				preferences.getLong(node, ChainSettings.KEY_RECEIPT_POLL_MS, defaults.receiptPollMs(), scopes),
				new BigInteger(preferences.getString(node, ChainSettings.KEY_GAS_PRICE, defaults.gasPrice().toString(),
						scopes).strip()));
	}

	/** How often every stored event is verified again: {@value ChainSettings#KEY_VERIFY_INTERVAL_MINUTES}, at least a minute. */
	public static Duration verifyInterval(IPreferencesService preferences) {
		int minutes = preferences.getInt(ChainSettings.NODE, ChainSettings.KEY_VERIFY_INTERVAL_MINUTES,
				ChainSettings.DEFAULT_VERIFY_INTERVAL_MINUTES, new IScopeContext[] { InstanceScope.INSTANCE, DefaultScope.INSTANCE });
		return Duration.ofMinutes(Math.max(1, minutes));
	}
}
