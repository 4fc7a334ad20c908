package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;

/**
 * Handovers between two organisations that each sign only for themselves, on
 * anvil: the receiver's workspace lists what the holder proposed, names what
 * its store knows, accepts one and rejects another; the holder reads the
 * reason. The log is read two blocks at a time, so every read spans ranges.
 */
class HandoversTest {

	private static final long CHAIN_ID = 1337;
	private static final SigningKey COOP_KEY = SigningKey.of(AnvilNode.KEYS[1]);
	private static final SigningKey MILL_KEY = SigningKey.of(AnvilNode.KEYS[2]);

	@TempDir
	Path workspace;
	private AnvilNode node;
	private TraceStore millStore;
	private CustodyLedger asCoop;
	private String contract;
	private Party coop;
	private Party mill;
	private ProductBatch known;
	private ProductBatch unknown;

	@BeforeEach
	void proposeTwoHandovers() throws Exception {
		node = new AnvilNode();
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		coop = demo.masterData().parties().get(0);
		mill = demo.masterData().parties().get(1);
		known = demo.batches().get(0);
		unknown = demo.batches().get(1);
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
			admin.grantRecorder(COOP_KEY.address(), coop.uri());
			admin.grantRecorder(MILL_KEY.address(), mill.uri());
			contract = admin.contractAddress();
		}
		millStore = TraceStore.openWorkspace(workspace);
		millStore.save(demo.masterData(), List.of(known), List.of());
		asCoop = CustodyLedger.connect(ChainEndpoint.of(node.url()), CHAIN_ID, contract);
		for (ProductBatch batch : List.of(known, unknown)) {
			asCoop.claim(batch.code(), COOP_KEY);
			asCoop.propose(batch.code(), mill.uri(), COOP_KEY);
		}
	}

	@AfterEach
	void close() throws Exception {
		asCoop.close();
		millStore.close();
		node.close();
	}

	private Handovers of(SigningKey key, Party organisation) {
		AnchorTarget target = new AnchorTarget(ChainEndpoint.of(node.url()), CHAIN_ID, contract, key);
		return new Handovers(millStore, target, ChainKey.of(organisation.uri()), handover -> key, 2);
	}

	@Test
	void theReceiverSeesWhatWasProposedToItAndNamesWhatItsStoreKnows() throws ChainException {
		List<Handovers.Handover> waiting = of(MILL_KEY, mill).read(() -> false);

		assertEquals(2, waiting.size());
		assertTrue(waiting.stream().allMatch(Handovers.Handover::awaitsAnswer));
		assertEquals(known.code(), waiting.get(0).batch());
		assertEquals(coop.uri(), waiting.get(0).from());
		assertEquals(mill.uri(), waiting.get(0).to());
		assertNull(waiting.get(1).batch(), "a batch this store lacks has no name");
		assertEquals(ChainKey.of(unknown.code()), waiting.get(1).record().batch());
		assertTrue(of(COOP_KEY, coop).read(() -> false).isEmpty(), "nothing was proposed to the holder");
	}

	@Test
	void acceptingMakesTheReceiverTheHolderAndRejectingTellsTheHolderWhy() throws ChainException {
		Handovers millDesk = of(MILL_KEY, mill);
		List<Handovers.Handover> waiting = millDesk.read(() -> false);

		millDesk.accept(waiting.get(0));
		millDesk.reject(waiting.get(1), "not ordered");

		assertEquals(ChainKey.of(mill.uri()), asCoop.holder(known.code()));
		assertEquals(ChainKey.of(coop.uri()), asCoop.holder(unknown.code()));
		assertNull(asCoop.proposedTo(unknown.code()));
		assertTrue(millDesk.read(() -> false).isEmpty(), "answered handovers wait no more");
		List<Handovers.Handover> coopView = of(COOP_KEY, coop).read(() -> false);
		assertEquals(1, coopView.size());
		assertFalse(coopView.get(0).awaitsAnswer());
		assertEquals("not ordered", coopView.get(0).record().reason());
		assertEquals(ChainKey.of(unknown.code()), coopView.get(0).record().batch());
	}

	@Test
	void onlyTheOrganisationAHandoverWasProposedToMayAnswerIt() throws ChainException {
		Handovers.Handover waiting = of(MILL_KEY, mill).read(() -> false).get(0);

		ChainException refused = assertThrows(ChainException.class, () -> of(COOP_KEY, coop).accept(waiting));

		assertTrue(refused.isRejection(), refused.getMessage());
		assertEquals(ChainKey.of(coop.uri()), asCoop.holder(known.code()));
	}
}
