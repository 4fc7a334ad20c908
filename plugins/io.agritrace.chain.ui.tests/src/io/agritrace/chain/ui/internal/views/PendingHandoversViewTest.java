package io.agritrace.chain.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.HandoverRecord;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;

/**
 * Two organisations, each in its own workspace, on one chain (a second anvil,
 * as a Besu network would be): the cooperative's workspace, played here by its
 * ledger, ships two lots to the mill and proposes their handovers; this
 * workbench records for the mill with its own keystore, lists both in Pending
 * Handovers, accepts one and rejects the other with a reason, which the
 * cooperative reads on chain.
 */
class PendingHandoversViewTest extends WorkbenchTestCase {

	private static final long CHAIN_ID = 1337;
	private static final SigningKey COOP_KEY = SigningKey.of(AnvilNode.KEYS[1]);
	private static final String MILL_KEY = AnvilNode.KEYS[2];
	private static final String ELSEWHERE = "https://id.gs1.org/01/06901234000016/10/ELSEWHERE-1";

	@Override
	protected List<String> preferenceNodes() {
		return List.of(ChainSettings.NODE);
	}

	@Test
	void aHandoverProposedByAnotherWorkspaceIsAcceptedHereAndAnotherRejectedWithAReason(@TempDir Path keys)
			throws Exception {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		Party coop = demo.masterData().parties().get(0);
		Party mill = demo.masterData().parties().get(1);
		ProductBatch known = demo.batches().get(0);
		TraceStore store = service(WorkspaceStore.class).get();
		if (store.batches().find(known.code()).isEmpty()) {
			store.save(demo.masterData(), List.of(known), List.of());
		}
		try (AnvilNode network = new AnvilNode()) {
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(network.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
				admin.grantRecorder(COOP_KEY.address(), coop.uri());
				admin.grantRecorder(RegistryAdmin.addressOf(MILL_KEY), mill.uri());
				contract = admin.contractAddress();
			}
			try (CustodyLedger asCoop = CustodyLedger.connect(ChainEndpoint.of(network.url()), CHAIN_ID, contract)) {
				for (String lot : List.of(known.code(), ELSEWHERE)) {
					asCoop.claim(lot, COOP_KEY);
					asCoop.propose(lot, mill.uri(), COOP_KEY);
				}
				recordForTheMill(network, contract, keys);

				PendingHandoversBot view = new PendingHandoversBot(page);
				waitUntil("both proposals listed", AnchoredDemo.CHAIN_TIMEOUT_MS, () -> view.rows().size() == 2);
				String millName = store.masterData().partyName(mill.uri(), DisplayLanguage.current());
				assertTrue(view.rows().stream().allMatch(r -> r.awaitsAnswer() && r.to().equals(millName)), view.rows()::toString);
				String knownName = view.rows().get(0).batch();
				assertTrue(knownName.startsWith(known.lot()), knownName);
				String unknownName = view.rows().get(1).batch();
				assertTrue(unknownName.contains(ChainKey.of(ELSEWHERE).toString().substring(0, 12)), unknownName);
				view.zoom(true);
				screenshot("pending-handovers");
				view.zoom(false);

				view.select(knownName).accept();
				waitUntil("the mill holding the accepted lot", AnchoredDemo.CHAIN_TIMEOUT_MS,
						() -> Objects.equals(holder(asCoop, known.code()), ChainKey.of(mill.uri())));

				String refusal = view.select(unknownName).reject("not ordered by the mill");
				assertEquals(Messages.Handovers_reasonRequired, refusal, "an empty reason is refused in place, OK disabled");
				waitForJobs(AnchoredDemo.CHAIN_TIMEOUT_MS);
				waitUntil("no handover left waiting", AnchoredDemo.CHAIN_TIMEOUT_MS, () -> view.rows().isEmpty());
				assertEquals(ChainKey.of(coop.uri()), asCoop.holder(ELSEWHERE), "a rejected lot stays with its holder");
				assertEquals(NLS.bind(Messages.Handovers_summary, 0), view.summary());
				HandoverRecord rejection = asCoop.handovers(ChainKey.of(coop.uri()), 0, asCoop.blockNumber()).stream()
						.filter(HandoverRecord::rejected).findFirst().orElseThrow();
				assertEquals("not ordered by the mill", rejection.reason(), "the cooperative reads why");
				assertEquals(ChainKey.of(ELSEWHERE), rejection.batch());
			}
		}
	}

	private static ChainKey holder(CustodyLedger ledger, String lot) {
		try {
			return ledger.holder(lot);
		} catch (Exception e) {
			return null;
		}
	}

	/** This workbench joins the network with the mill's recorder key in a keystore, its password in secure storage. */
	private static void recordForTheMill(AnvilNode network, String contract, Path keys) throws Exception {
		Path keystore = keys.resolve(WalletUtils.generateWalletFile("mill-pass-8",
				ECKeyPair.create(Numeric.toBigInt(MILL_KEY)), keys.toFile(), false));
		new SecureStorageSecrets(SecurePreferencesFactory.getDefault()).save("mill-pass-8", null);
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ChainSettings.NODE);
		preferences.putBoolean(ChainSettings.KEY_MANAGED, false);
		preferences.put(ChainSettings.KEY_RPC_URL, network.url());
		preferences.put(ChainSettings.KEY_CHAIN_ID, String.valueOf(CHAIN_ID));
		preferences.put(ChainSettings.KEY_CONTRACT, contract);
		preferences.put(ChainSettings.KEY_KEYSTORE, keystore.toString());
		preferences.flush();
	}
}
