package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.CustodySteps;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.StoreTampering;

/** Outbox to chain and back, on anvil: publish, verify, tamper, restart after a crash, node down. */
class AnchoringTest {

	private static final long CHAIN_ID = 1337;
	private static AnvilNode node;
	private static String contract;

	@TempDir
	Path workspace;
	private TraceStore store;
	private DemoDataSet demo;
	private AnchorLedger ledger;

	@BeforeAll
	static void deploy() throws Exception {
		node = new AnvilNode();
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
			admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[1]), "https://id.gs1.org/417/6901234000016");
			contract = admin.contractAddress();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		node.close();
	}

	@BeforeEach
	void open() {
		store = TraceStore.openWorkspace(workspace);
		demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
		ledger = AnchorLedger.connect(ChainEndpoint.of(node.url()), CHAIN_ID, contract, SigningKey.of(AnvilNode.KEYS[1]));
	}

	@AfterEach
	void close() {
		ledger.close();
		store.close();
	}

	private String milledRice() {
		return demo.batches().stream().filter(b -> b.gtin().toString().equals(JilinMasterData.MEIHE_RICE.gtin())).findFirst()
				.orElseThrow().code();
	}

	private Map<Verification.State, Long> verdicts() throws ChainException {
		return new TraceVerifier(store, ledger).verify(milledRice()).stream()
				.collect(Collectors.groupingBy(Verification::state, Collectors.counting()));
	}

	@Test
	void publishedEventsVerifyAndAnAlteredRowIsAMismatch() throws Exception {
		int events = demo.events().size();
		assertEquals(Map.of(Verification.State.PENDING, (long) new TraceVerifier(store, ledger).verify(milledRice()).size()),
				verdicts());
		AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), ledger, 50, 1).publish(() -> false);
		assertEquals(events, result.anchored(), result.toString());
		assertEquals((events + 49) / 50, result.transactions());
		Map<Verification.State, Long> verified = verdicts();
		assertEquals(1, verified.size(), verified.toString());
		assertTrue(verified.containsKey(Verification.State.VERIFIED));

		// Someone with database access changes a receipt's quantity.
		StoreTampering tampering = new StoreTampering(TraceStore.workspaceUrl(workspace));
		tampering.alterQuantity(tampering.event(null, BizSteps.RECEIVING, false).orElseThrow(), '1');
		assertEquals(1L, verdicts().get(Verification.State.MISMATCH));

		// Someone deletes a receipt of the milled rice: the chain still holds its anchor for the lot.
		tampering.delete(tampering.event(milledRice(), BizSteps.RECEIVING, true).orElseThrow());
		List<Verification> afterDeletion = new TraceVerifier(store, ledger).verify(milledRice());
		List<Verification> missing = afterDeletion.stream()
				.filter(v -> v.state() == Verification.State.NOT_IN_DATABASE).toList();
		assertEquals(1, missing.size(), afterDeletion.toString());
		assertTrue(missing.get(0).block() != null && missing.get(0).transaction() != null);
		assertTrue(store.events().find(missing.get(0).hashId()).isEmpty(), "the verdict names the deleted event");

		// The verdicts are kept: the dashboard lists both incidents, with a lot to open.
		List<VerdictRepository.Incident> incidents = store.verdicts().incidents();
		assertEquals(2, incidents.size(), incidents.toString());
		assertTrue(incidents.stream().anyMatch(i -> !i.missing() && i.item() != null), incidents.toString());
		assertTrue(incidents.stream().anyMatch(i -> i.missing() && i.hashId().equals(missing.get(0).hashId())));
		assertEquals(1L, store.verdicts().counts().get(VerdictRepository.Verdict.MISMATCH));
	}

	@Test
	void verifyingTheWholeStoreKeepsAVerdictForEveryEvent() throws Exception {
		new AnchorPublisher(store.outbox(), ledger, 500, 1).publish(() -> false);
		StoreTampering tampering = new StoreTampering(TraceStore.workspaceUrl(workspace));
		tampering.alterQuantity(tampering.event(null, BizSteps.RECEIVING, false).orElseThrow(), '1');
		List<Integer> progress = new ArrayList<>();

		Map<Verification.State, Integer> counts = new TraceVerifier(store, ledger).verifyAll(done -> progress.add(done));

		int events = demo.events().size();
		assertEquals(Map.of(Verification.State.VERIFIED, events - 1, Verification.State.MISMATCH, 1), counts);
		assertEquals(events, progress.get(progress.size() - 1));
		assertEquals(Map.of(VerdictRepository.Verdict.VERIFIED, events - 1L, VerdictRepository.Verdict.MISMATCH, 1L),
				store.verdicts().counts());
	}

	@Test
	void severalTransactionsInFlightAnchorEveryEventOnce() throws Exception {
		int events = demo.events().size();
		AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), ledger, 10, 3).publish(() -> false);
		assertEquals(events, result.anchored(), result.toString());
		assertEquals((events + 9) / 10, result.transactions());
		assertEquals(events, ledger.anchors(demo.events().stream().map(e -> e.hashId()).toList()).size());
	}

	@Test
	void aPublisherKilledBetweenSendAndReceiptFinishesOnRestartWithoutAnchoringTwice() throws Exception {
		List<PendingAnchor> batch = store.outbox().pending(20);
		store.outbox().markSubmitted(batch, ledger.submit(batch)); // then the JVM dies
		AnchorPublisher.Result restart = new AnchorPublisher(store.outbox(), ledger, 50, 2).publish(() -> false);
		assertEquals(demo.events().size(), restart.anchored());
		assertEquals(0, store.outbox().pending(1).size());
		assertEquals(0, store.outbox().submitted().size());
	}

	@Test
	void aTransactionTheNodeRefusesFailsWithItsReasonWhileTheOthersAreAnchored() throws Exception {
		// Blocks of 4.1M gas: a transaction of 94 anchors (6.6M) is refused at once, one of 10 (0.8M) fits.
		try (AnvilNode small = new AnvilNode("--gas-limit", "4100000")) {
			String registry;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(small.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
				admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[1]), "urn:coop");
				registry = admin.contractAddress();
			}
			int events = demo.events().size();
			try (AnchorLedger tight = AnchorLedger.connect(ChainEndpoint.of(small.url()), CHAIN_ID, registry,
					SigningKey.of(AnvilNode.KEYS[1]))) {
				AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), tight, events - 10, 1).publish(() -> false);
				assertEquals(10, result.anchored(), result.toString());
				assertEquals(events - 10, result.failed());
				List<OutboxRepository.Entry> failed = store.outbox().backlog(events);
				assertEquals(events - 10, failed.size());
				assertTrue(failed.stream().allMatch(e -> e.state() == OutboxState.FAILED && e.attempts() == 1
						&& e.lastError().equals(result.lastError())), failed.get(0).toString());
				assertEquals(List.of(), store.outbox().pending(events), "failed events wait out their backoff");

				Thread.sleep(2_100);
				AnchorPublisher.Result retry = new AnchorPublisher(store.outbox(), tight, 10, 2).publish(() -> false);
				assertEquals(events - 10, retry.anchored(), retry.toString());
				assertEquals(0L, store.outbox().countsByState().get(OutboxState.FAILED));
			}
		}
	}

	@Test
	void aTransactionSignedWithAUsedNonceFailsWithTheNodesReasonWhileTheOthersAreAnchored() throws Exception {
		int events = demo.events().size();
		try (NodeProxy proxy = new NodeProxy(node.url());
				AnchorLedger viaProxy = AnchorLedger.connect(ChainEndpoint.of(proxy.url()), CHAIN_ID, contract,
						SigningKey.of(AnvilNode.KEYS[1]))) {
			// The recorder's first transaction uses nonce 0 (mined at once: anvil mines every transaction).
			List<PendingAnchor> first = store.outbox().pending(10);
			store.outbox().markSubmitted(first, viaProxy.submit(first));
			proxy.answerStaleNonces(1);
			AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), viaProxy, 10, 1).publish(() -> false);
			assertEquals(10, result.failed(), result.toString());
			assertEquals(events - 10, result.anchored());
			assertTrue(result.lastError().toLowerCase().contains("nonce"), result.lastError());
			List<OutboxRepository.Entry> failed = store.outbox().backlog(events);
			assertEquals(10, failed.size());
			assertTrue(failed.stream().allMatch(e -> e.lastError().equals(result.lastError())), failed.toString());

			Thread.sleep(2_100);
			AnchorPublisher.Result retry = new AnchorPublisher(store.outbox(), viaProxy, 10, 1).publish(() -> false);
			assertEquals(10, retry.anchored(), retry.toString());
			assertEquals(events, ledger.anchors(demo.events().stream().map(e -> e.hashId()).toList()).size());
		}
	}

	@Test
	void theChainsCustodyFollowsShipmentsAndReceiptsAndRefusesAShipmentByANonHolder() throws Exception {
		ChainEndpoint endpoint = ChainEndpoint.of(node.url());
		try (CustodyLedger custody = CustodyLedger.connect(endpoint, CHAIN_ID, contract);
				DevelopmentOrganisations organisations = new DevelopmentOrganisations(endpoint, CHAIN_ID, contract,
						AnvilNode.KEYS[0])) {
			// Someone else holds the first shipped lot on chain already: its shipment must be refused.
			String contested = store.custodySteps().unsynced(1, 0).get(0).moves().get(0).batch();
			custody.claim(contested, organisations.keyOf("urn:agritrace:someone-else"));

			CustodySync sync = new CustodySync(store.custodySteps(), custody, organisations::keyOf);
			CustodySync.Result first = sync.sync(() -> false, 3);
			assertEquals(3, first.synced(), "a run takes no more steps than it is given");
			assertEquals(1, first.refused(), "the contested lot's shipment: " + first);
			assertTrue(first.lastRefusal().toLowerCase().contains("revert"), first.lastRefusal());
			CustodySync.Result rest = sync.sync(() -> false, Integer.MAX_VALUE);
			StoreTampering rows = new StoreTampering(TraceStore.workspaceUrl(workspace));
			long custodyEvents = rows.count(BizSteps.SHIPPING) + rows.count(BizSteps.RECEIVING);
			assertEquals(custodyEvents, first.synced() + rest.synced(), rest.toString());
			assertEquals(0, rest.refused(), "no other step is refused: " + rest);
			assertEquals(ChainKey.of("urn:agritrace:someone-else"), custody.holder(contested));

			Map<String, String> lastReceiver = rows.lastReceivers();
			lastReceiver.remove(contested);
			long handedOver = 0;
			for (Map.Entry<String, String> lot : lastReceiver.entrySet()) {
				ChainKey holder = custody.holder(lot.getKey());
				if (ChainKey.of(lot.getValue()).equals(holder)) {
					handedOver++;
				}
			}
			assertTrue(handedOver > 0, "lots shipped whole are held by their receivers on chain");
			assertEquals(0, sync.sync(() -> false, Integer.MAX_VALUE).synced(), "every step was synced once");
		}
	}

	@Test
	void onANetworkEachOrganisationSyncsItsOwnStepsAndAReceiptWaitsForItsShipment() throws Exception {
		ChainEndpoint endpoint = ChainEndpoint.of(node.url());
		List<CustodySteps.Step> steps = store.custodySteps().unsynced(Integer.MAX_VALUE, 0);
		List<String> organisations = steps.stream().flatMap(s -> Stream.of(s.from(), s.to())).distinct()
				.toList();
		Map<String, ChainKey> expected = new HashMap<>();
		Map<String, ChainKey> onNetwork = new HashMap<>();
		// The reference: one workspace that signs for everybody, on a contract of its own.
		String reference = deployRegistry();
		try (CustodyLedger custody = CustodyLedger.connect(endpoint, CHAIN_ID, reference);
				DevelopmentOrganisations everybody = new DevelopmentOrganisations(endpoint, CHAIN_ID, reference,
						AnvilNode.KEYS[0])) {
			new CustodySync(store.custodySteps(), custody, everybody::keyOf).sync(() -> false, Integer.MAX_VALUE);
			for (CustodySteps.Step step : steps) {
				for (CustodySteps.Move move : step.moves()) {
					expected.put(move.batch(), custody.holder(move.batch()));
				}
			}
		}
		// A network: each organisation in its own workspace with its own key, receivers first.
		String network = deployRegistry();
		try (CustodyLedger custody = CustodyLedger.connect(endpoint, CHAIN_ID, network);
				DevelopmentOrganisations keys = new DevelopmentOrganisations(endpoint, CHAIN_ID, network,
						AnvilNode.KEYS[0])) {
			List<TraceStore> workspaces = new ArrayList<>();
			List<CustodySync> syncs = new ArrayList<>();
			try {
				for (String organisation : organisations.reversed()) {
					TraceStore own = TraceStore.openWorkspace(workspace.resolve("org-" + workspaces.size()));
					workspaces.add(own);
					demo.saveTo(own);
					SigningKey key = keys.keyOf(organisation);
					assertEquals(ChainKey.of(organisation), custody.organisationOf(key.address()));
					syncs.add(new CustodySync(own.custodySteps(), custody, CustodySync.Signers.ofRecorder(custody, key)));
				}
				int firstRoundWaiting = 0;
				int refused = 0;
				for (int round = 0, synced = 1; synced > 0; round++) {
					synced = 0;
					for (CustodySync sync : syncs) {
						CustodySync.Result result = sync.sync(() -> false, Integer.MAX_VALUE);
						synced += result.synced();
						refused += result.refused();
						firstRoundWaiting += round == 0 ? result.waiting() : 0;
					}
				}
				assertTrue(firstRoundWaiting > 0, "receipts synced before their shipments wait");
				assertEquals(0, refused);
				for (TraceStore own : workspaces) {
					assertEquals(List.of(), own.custodySteps().unsynced(Integer.MAX_VALUE, 0), "nothing left waiting");
				}
			} finally {
				workspaces.forEach(TraceStore::close);
			}
			for (String lot : expected.keySet()) {
				onNetwork.put(lot, custody.holder(lot));
			}
		}
		assertEquals(expected.keySet(), onNetwork.keySet());
		for (String lot : expected.keySet()) {
			assertEquals(expected.get(lot), onNetwork.get(lot), lot);
		}
	}

	private static String deployRegistry() throws ChainException {
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
			return admin.contractAddress();
		}
	}

	@Test
	void whileTheNodeIsDownEventsStayPending() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (AnchorLedger down = AnchorLedger.connect(ChainEndpoint.of("http://127.0.0.1:" + closedPort), CHAIN_ID, contract,
				SigningKey.of(AnvilNode.KEYS[1]))) {
			assertThrows(ChainException.class, () -> new AnchorPublisher(store.outbox(), down, 50, 1).publish(() -> false));
		}
		assertEquals(50, store.outbox().pending(50).size(), "nothing lost, nothing marked");
		assertEquals(demo.events().size(), new AnchorPublisher(store.outbox(), ledger, 50, 1).publish(() -> false).anchored());
	}
}
