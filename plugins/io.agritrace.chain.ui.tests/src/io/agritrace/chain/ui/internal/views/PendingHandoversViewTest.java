package io.agritrace.chain.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Handovers;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Two organisations, each in its own workspace, on one chain (a second anvil,
 * as a Besu network would be), each with its own recorder account: the
 * cooperative's workspace (headless here: its store and anchoring session)
 * ships two lots to the mill, and its custody sync proposes their handovers;
 * this workbench records for the mill with its own keystore, lists both in
 * Pending Handovers, accepts one and rejects the other with a reason, which the
 * cooperative's workspace then reads.
 */
class PendingHandoversViewTest extends WorkbenchTestCase {

	private static final long CHAIN_ID = 1337;
	private static final SigningKey COOP_KEY = SigningKey.of(AnvilNode.KEYS[1]);
	private static final String MILL_KEY = AnvilNode.KEYS[2];
	private static final Party COOP = JilinMasterData.MEIHE_COOP;
	private static final Party MILL = JilinMasterData.JILIN_MILL;

	@Override
	protected List<String> preferenceNodes() {
		return List.of(ChainSettings.NODE);
	}

	@Test
	void aHandoverProposedByAnotherWorkspaceIsAcceptedHereAndAnotherRejectedWithAReason(@TempDir Path folder)
			throws Exception {
		LocalDate harvested = LocalDate.now().minusDays(2);
		BatchValidator batches = new BatchValidator(Clock.systemDefaultZone());
		ProductBatch known = batches.validate(JilinMasterData.PADDY.gtin(), "HO-" + harvested + "-1",
				JilinMasterData.PADDY.nameZh(), BigDecimal.valueOf(1000), "KGM", harvested, "220581");
		ProductBatch unknown = batches.validate(JilinMasterData.PADDY.gtin(), "HO-" + harvested + "-2",
				JilinMasterData.PADDY.nameZh(), BigDecimal.valueOf(800), "KGM", harvested, "220581");
		TraceStore store = service(WorkspaceStore.class).get();
		if (store.batches().find(known.code()).isEmpty()) {
			store.save(JilinMasterData.ALL, List.of(known), List.of());
		}
		try (AnvilNode network = new AnvilNode(); TraceStore coopStore = TraceStore.openWorkspace(folder.resolve("coop"))) {
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(network.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
				admin.grantRecorder(COOP_KEY.address(), COOP.uri());
				admin.grantRecorder(RegistryAdmin.addressOf(MILL_KEY), MILL.uri());
				contract = admin.contractAddress();
			}
			AnchorTarget coopTarget = new AnchorTarget(ChainEndpoint.of(network.url()), CHAIN_ID, contract, COOP_KEY);
			try (AnchoringSession coop = new AnchoringSession(folder.resolve("coop"), coopStore, coopTarget, null)) {
				shipToTheMill(coopStore, List.of(known, unknown));
				assertEquals(2, coop.syncCustody(() -> false, 10).orElseThrow().synced(), "both shipments proposed");
				recordForTheMill(network, contract, folder.resolve("keys"));

				PendingHandoversBot view = new PendingHandoversBot(page);
				waitUntil("both proposals listed", AnchoredDemo.CHAIN_TIMEOUT_MS, () -> view.rows().size() == 2);
				String millName = store.masterData().partyName(MILL.uri(), WorkbenchLanguage.current());
				assertTrue(view.rows().stream().allMatch(r -> r.awaitsAnswer() && r.to().equals(millName)), view.rows()::toString);
				String knownName = view.rows().get(0).batch();
				assertTrue(knownName.startsWith(known.lot()), knownName);
				String unknownName = view.rows().get(1).batch();
				assertTrue(unknownName.contains(ChainKey.of(unknown.code()).toString().substring(0, 12)), unknownName);
				view.zoom(true);
				screenshot("pending-handovers");
				view.zoom(false);

				try (CustodyLedger ledger = CustodyLedger.connect(ChainEndpoint.of(network.url()), CHAIN_ID, contract)) {
					view.select(knownName).accept();
					waitUntil("the mill holding the accepted lot", AnchoredDemo.CHAIN_TIMEOUT_MS,
							() -> Objects.equals(holder(ledger, known.code()), ChainKey.of(MILL.uri())));

					String refusal = view.select(unknownName).reject("not ordered by the mill");
					assertEquals(Messages.Handovers_reasonRequired, refusal, "an empty reason is refused in place, OK disabled");
					waitForJobs(AnchoredDemo.CHAIN_TIMEOUT_MS);
					waitUntil("no handover left waiting", AnchoredDemo.CHAIN_TIMEOUT_MS, () -> view.rows().isEmpty());
					assertEquals(NLS.bind(Messages.Handovers_summary, 0), view.summary());
					assertEquals(ChainKey.of(COOP.uri()), ledger.holder(unknown.code()), "a rejected lot stays with its holder");
				}
				List<Handovers.Handover> answered = coop.handovers().orElseThrow().read(() -> false);
				assertEquals(1, answered.size(), "the cooperative's workspace sees the rejection: " + answered);
				assertFalse(answered.get(0).awaitsAnswer());
				assertEquals(unknown.code(), answered.get(0).batch(), "named from its own store");
				assertEquals("not ordered by the mill", answered.get(0).record().reason());
			}
		}
	}

	/** The cooperative harvests the lots and ships them whole to the mill, in its own store. */
	private static void shipToTheMill(TraceStore coopStore, List<ProductBatch> lots) {
		StepEvents.Handover toMill = new StepEvents.Handover(COOP.uri(), JilinMasterData.MEIHE_PADDY.uri(), MILL.uri(),
				JilinMasterData.JILIN_MILL_SITE.uri());
		OffsetDateTime harvest = lots.get(0).harvestDate().atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
		List<EpcisEvent> events = new ArrayList<>();
		for (ProductBatch lot : lots) {
			events.add(StepEvents.harvest(harvest, lot.code(), lot.quantity(), lot.unit(),
					JilinMasterData.MEIHE_PADDY.uri()).build());
			events.add(StepEvents.shipping(harvest.plusDays(1), lot.code(), lot.quantity(), lot.unit(), toMill).build());
		}
		coopStore.save(JilinMasterData.ALL, lots, events);
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
		Files.createDirectories(keys);
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
