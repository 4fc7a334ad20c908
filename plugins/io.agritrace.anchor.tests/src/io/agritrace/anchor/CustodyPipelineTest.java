package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.StoreTampering;

/**
 * Custody steps sent a page at a time on a chain that mines a block a second,
 * as the managed one does: the shipment and receipt of one lot go out in the
 * same block, a refusal is kept with the contract's reason, and a sync that
 * ends after sending and before its receipts leaves nothing that a restart
 * would send twice and record as refused.
 */
class CustodyPipelineTest {

	private static final long CHAIN_ID = 1337;
	private static final String SOMEONE_ELSE = "urn:agritrace:someone-else";

	@TempDir
	Path workspace;
	private AnvilNode node;
	private TraceStore store;
	private CustodyLedger custody;
	private DevelopmentOrganisations organisations;

	@BeforeEach
	void open() throws Exception {
		node = new AnvilNode("--block-time", "1");
		ChainEndpoint endpoint = ChainEndpoint.of(node.url());
		String contract;
		try (RegistryAdmin admin = RegistryAdmin.deploy(endpoint, CHAIN_ID, AnvilNode.KEYS[0])) {
			contract = admin.contractAddress();
		}
		store = TraceStore.openWorkspace(workspace);
		new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8))).saveTo(store);
		custody = CustodyLedger.connect(endpoint, CHAIN_ID, contract);
		organisations = new DevelopmentOrganisations(endpoint, CHAIN_ID, contract, AnvilNode.KEYS[0]);
	}

	@AfterEach
	void close() throws Exception {
		organisations.close();
		custody.close();
		store.close();
		node.close();
	}

	/** A ledger whose process "ends" at the first receipt it would await: everything was sent, nothing recorded. */
	private CustodyLedger endingAtTheFirstReceipt() {
		return (CustodyLedger) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { CustodyLedger.class },
				(proxy, method, args) -> {
					if (method.getName().equals("await")) {
						throw new ChainException("the process ended before its receipts");
					}
					try {
						return method.invoke(custody, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	@Test
	void aRefusalIsKeptAndARestartHalfWaySendsNothingTwice() throws Exception {
		String contested = store.custodySteps().unsynced(1, 0).get(0).moves().get(0).batch();
		custody.claim(contested, organisations.keyOf(SOMEONE_ELSE));
		StoreTampering rows = new StoreTampering(TraceStore.workspaceUrl(workspace));
		long steps = rows.count(BizSteps.SHIPPING) + rows.count(BizSteps.RECEIVING);

		assertThrows(ChainException.class,
				() -> new CustodySync(store.custodySteps(), endingAtTheFirstReceipt(), organisations::keyOf).sync(() -> false,
						Integer.MAX_VALUE));
		assertEquals(steps, store.custodySteps().unsynced(Integer.MAX_VALUE, 0).size(), "nothing recorded before its receipt");

		CustodySync.Result restart = new CustodySync(store.custodySteps(), custody, organisations::keyOf)
				.sync(() -> false, Integer.MAX_VALUE);
		assertEquals(steps, restart.synced(), restart.toString());
		assertEquals(1, restart.refused(), "only the contested lot's shipment: " + restart);
		assertTrue(restart.lastRefusal().toLowerCase().contains("revert"), restart.lastRefusal());
		assertEquals(ChainKey.of(SOMEONE_ELSE), custody.holder(contested));

		Map<String, String> lastReceiver = rows.lastReceivers();
		lastReceiver.remove(contested);
		long handedOver = 0;
		for (Map.Entry<String, String> lot : lastReceiver.entrySet()) {
			handedOver += ChainKey.of(lot.getValue()).equals(custody.holder(lot.getKey())) ? 1 : 0;
		}
		assertTrue(handedOver > 0, "lots shipped whole are held by their receivers on chain");
		assertEquals(0, new CustodySync(store.custodySteps(), custody, organisations::keyOf).sync(() -> false,
				Integer.MAX_VALUE).synced(), "every step recorded once");
	}

	/**
	 * The same steps a step at a time (each awaited before the next, on a node
	 * that mines every transaction at once) leave every lot with the same holder
	 * as pages do in a few blocks.
	 */
	@Test
	void pagesLeaveEveryLotWithTheHolderThatAStepAtATimeLeaves(@TempDir Path reference) throws Exception {
		StoreTampering rows = new StoreTampering(TraceStore.workspaceUrl(workspace));
		long steps = rows.count(BizSteps.SHIPPING) + rows.count(BizSteps.RECEIVING);
		long before = custody.blockNumber();
		CustodySync.Result paged = new CustodySync(store.custodySteps(), custody, organisations::keyOf).sync(() -> false,
				Integer.MAX_VALUE);
		long blocks = custody.blockNumber() - before;
		assertEquals(steps, paged.synced(), paged.toString());
		assertEquals(0, paged.refused(), paged.toString());

		try (AnvilNode automine = new AnvilNode(); TraceStore other = TraceStore.openWorkspace(reference)) {
			new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8))).saveTo(other);
			ChainEndpoint endpoint = ChainEndpoint.of(automine.url());
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(endpoint, CHAIN_ID, AnvilNode.KEYS[0])) {
				contract = admin.contractAddress();
			}
			try (CustodyLedger one = CustodyLedger.connect(endpoint, CHAIN_ID, contract);
					DevelopmentOrganisations keys = new DevelopmentOrganisations(endpoint, CHAIN_ID, contract, AnvilNode.KEYS[0])) {
				CustodySync.Result single = new CustodySync(other.custodySteps(), one, keys::keyOf, 1).sync(() -> false,
						Integer.MAX_VALUE);
				assertEquals(steps, single.synced(), single.toString());
				for (String lot : rows.lastReceivers().keySet()) {
					assertEquals(one.holder(lot), custody.holder(lot), lot);
					assertEquals(one.proposedTo(lot), custody.proposedTo(lot), lot);
				}
			}
		}
		// Organisations are granted a block each on first use; the steps themselves share a few.
		assertTrue(blocks < steps, steps + " steps took " + blocks + " blocks");
	}
}
