package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

import io.agritrace.chain.internal.contract.AgriTraceRegistry;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.tests.harness.AnvilNode;

/** Batched anchors sent and awaited apart, and read back with one log query, on anvil. */
class AnchorLedgerTest {

	private static final String LOT = "https://id.gs1.org/01/06901234000030/10/MR2611-00001";
	private static AnvilNode node;
	private static String contract;

	@BeforeAll
	static void deploy() throws Exception {
		node = new AnvilNode();
		Web3j web3j = Web3j.build(new HttpService(node.url()));
		RawTransactionManager regulator = new RawTransactionManager(web3j, Credentials.create(AnvilNode.KEYS[0]), 1337,
				new PollingTransactionReceiptProcessor(web3j, 50, 200));
		AgriTraceRegistry registry = AgriTraceRegistry.deploy(web3j, regulator, new DefaultGasProvider()).send();
		registry.grantRecorder(Credentials.create(AnvilNode.KEYS[1]).getAddress(), key("org:mill")).send();
		contract = registry.getContractAddress();
		web3j.shutdown();
	}

	private static byte[] key(String text) {
		return EventHashId.ofPreHash(text).digest();
	}

	@AfterAll
	static void stop() throws Exception {
		node.close();
	}

	private static List<PendingAnchor> anchors(String... names) {
		long id = 1;
		List<PendingAnchor> list = new ArrayList<>();
		for (String name : names) {
			list.add(new PendingAnchor(id++, EventHashId.ofPreHash("eventType=ObjectEvent " + name), LOT));
		}
		return list;
	}

	@Test
	void anchorsSentInOneTransactionAreFoundByOneLogQueryAndARetryKeepsTheirBlock() throws Exception {
		List<PendingAnchor> batch = anchors("harvest", "drying", "milling");
		try (AnchorLedger ledger = AnchorLedger.connect(ChainEndpoint.of(node.url()), 1337, contract, SigningKey.of(AnvilNode.KEYS[1]))) {
			BigInteger block = ledger.awaitBlock(ledger.submit(batch));
			EventHashId unknown = EventHashId.ofPreHash("eventType=ObjectEvent never anchored");
			Map<EventHashId, AnchorRecord> found = ledger.anchors(List.of(batch.get(0).hashId(), batch.get(1).hashId(),
					batch.get(2).hashId(), unknown));
			assertEquals(3, found.size());
			assertFalse(found.containsKey(unknown));
			found.values().forEach(r -> assertEquals(block, r.blockNumber()));
			assertEquals(Credentials.create(AnvilNode.KEYS[1]).getAddress(), found.get(batch.get(0).hashId()).recorder());

			BigInteger retried = ledger.awaitBlock(ledger.submit(batch));
			assertFalse(retried.equals(block), "the retry is a new transaction");
			assertEquals(block, ledger.anchors(List.of(batch.get(0).hashId())).get(batch.get(0).hashId()).blockNumber());
		}
	}

	@Test
	void anAccountThatIsNoRecorderIsRefusedWithAReason() throws Exception {
		try (AnchorLedger ledger = AnchorLedger.connect(ChainEndpoint.of(node.url()), 1337, contract, SigningKey.of(AnvilNode.KEYS[3]))) {
			TransactionHash transaction = ledger.submit(anchors("stranger"));
			assertThrows(ChainException.class, () -> ledger.awaitBlock(transaction));
		}
	}
}
