package io.agritrace.chain.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;

/**
 * Chain settings switched to a Besu-like network (here a second anvil): the
 * workbench reconnects by itself, signs with the keystore whose password it
 * finds in secure storage, and the password is in no preference file. Runs in a
 * workspace of its own: what it anchors on that network is not on the managed
 * chain that the other chain tests verify against.
 */
class ChainNetworkTest extends WorkbenchTestCase {

	@Override
	protected List<String> preferenceNodes() {
		return List.of(ChainSettings.NODE);
	}

	@Test
	void aNetworkConfiguredInThePreferencesGetsTheAnchorsSignedWithTheKeystore(@TempDir Path keys) throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ChainSettings.NODE);
		try (AnvilNode network = new AnvilNode()) {
			String recorder = AnvilNode.KEYS[2];
			Path keystore = keys.resolve(WalletUtils.generateWalletFile("keystore-pass-8",
					ECKeyPair.create(Numeric.toBigInt(recorder)), keys.toFile(), false));
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(network.url()), 1337, AnvilNode.KEYS[0])) {
				admin.grantRecorder(RegistryAdmin.addressOf(recorder), "urn:agritrace:test-network");
				contract = admin.contractAddress();
			}
			new SecureStorageSecrets(SecurePreferencesFactory.getDefault()).save("keystore-pass-8", null);
			// No call to the workbench's chain: it hears the preferences change.
			preferences.putBoolean(ChainSettings.KEY_MANAGED, false);
			preferences.put(ChainSettings.KEY_RPC_URL, network.url());
			preferences.put(ChainSettings.KEY_CHAIN_ID, "1337");
			preferences.put(ChainSettings.KEY_CONTRACT, contract);
			preferences.put(ChainSettings.KEY_KEYSTORE, keystore.toString());
			preferences.flush();

			TraceStore store = service(WorkspaceStore.class).get();
			DemoDataSet later = new DemoDataSet(Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.ofHours(8)));
			later.saveTo(store);
			waitUntil("the new events anchored on the configured network", AnchoredDemo.CHAIN_TIMEOUT_MS,
					() -> store.outbox().pending(1).isEmpty() && store.outbox().submitted().isEmpty());

			try (AnchorLedger ledger = AnchorLedger.connect(ChainEndpoint.of(network.url()), 1337, contract, SigningKey.of(recorder))) {
				Map<EventHashId, AnchorRecord> found = ledger.anchors(later.events().stream().map(e -> e.hashId()).toList());
				assertEquals(later.events().size(), found.size());
				assertTrue(found.values().stream().allMatch(a -> a.recorder().equalsIgnoreCase(RegistryAdmin.addressOf(recorder))));
			}
			Path settings = WorkspaceStore.workspace().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
					.resolve(ChainSettings.NODE + ".prefs");
			assertFalse(Files.readString(settings).contains("keystore-pass-8"), "the password stays in secure storage");
		}
	}
}
