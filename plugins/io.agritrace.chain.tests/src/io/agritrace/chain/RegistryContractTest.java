package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

import io.agritrace.chain.internal.contract.AgriTraceRegistry;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.tests.harness.AnvilNode;

/** The contract on a real EVM (anvil): recorder registry, idempotent batched anchors, custody handover. */
class RegistryContractTest {

	private static AnvilNode node;
	private static Web3j web3j;
	private static AgriTraceRegistry asRegulator;
	private static AgriTraceRegistry asCoop;
	private static AgriTraceRegistry asMill;
	private static final byte[] COOP = digest("org:meihekou-coop");
	private static final byte[] MILL = digest("org:jilin-mill");
	private static final byte[] BATCH = digest("https://id.gs1.org/01/06901234000016/10/MH2611-00001");

	@BeforeAll
	static void deploy() throws Exception {
		node = new AnvilNode();
		web3j = Web3j.build(new HttpService(node.url()));
		asRegulator = AgriTraceRegistry.deploy(web3j, manager(0), new DefaultGasProvider()).send();
		asCoop = AgriTraceRegistry.load(asRegulator.getContractAddress(), web3j, manager(1), new DefaultGasProvider());
		asMill = AgriTraceRegistry.load(asRegulator.getContractAddress(), web3j, manager(2), new DefaultGasProvider());
		asRegulator.grantRecorder(address(1), COOP).send();
		asRegulator.grantRecorder(address(2), MILL).send();
	}

	private static RawTransactionManager manager(int account) {
		return new RawTransactionManager(web3j, Credentials.create(AnvilNode.KEYS[account]), 1337,
				new PollingTransactionReceiptProcessor(web3j, 50, 200));
	}

	private static String address(int account) {
		return Credentials.create(AnvilNode.KEYS[account]).getAddress();
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		web3j.shutdown();
		node.close();
	}

	@Test
	void aRecorderAnchorsManyEventsAtOnceAndARetryChangesNothing() throws Exception {
		byte[] first = EventHashId.ofPreHash("eventType=ObjectEvent first").digest();
		byte[] second = EventHashId.ofPreHash("eventType=ObjectEvent second").digest();
		var receipt = asCoop.anchor(List.of(first, second), List.of(BATCH, BATCH)).send();
		assertEquals(2, asCoop.getAnchoredEvents(receipt).size());
		var anchor = asCoop.anchorOf(first).send();
		assertEquals(receipt.getBlockNumber(), anchor.component1());
		assertEquals(address(1).toLowerCase(), anchor.component2().toLowerCase());
		assertArrayEquals(BATCH, anchor.component3());

		var retry = asCoop.anchor(List.of(first, second), List.of(BATCH, BATCH)).send();
		assertEquals(0, asCoop.getAnchoredEvents(retry).size(), "a retried submission records nothing twice");
		assertEquals(receipt.getBlockNumber(), asCoop.anchorOf(first).send().component1());
	}

	@Test
	void anAccountWithoutARecorderGrantCannotAnchor() throws Exception {
		// A funded account, so that only the missing grant can make it fail.
		AgriTraceRegistry stranger = AgriTraceRegistry.load(asRegulator.getContractAddress(), web3j, manager(3),
				new DefaultGasProvider());
		byte[] hash = EventHashId.ofPreHash("eventType=ObjectEvent stranger").digest();
		TransactionException refused = assertThrows(TransactionException.class,
				() -> stranger.anchor(List.of(hash), List.of(BATCH)).send());
		assertTrue(refused.getTransactionReceipt().map(r -> !r.isStatusOK()).orElse(true), refused.getMessage());
		assertEquals(BigInteger.ZERO, stranger.anchorOf(hash).send().component1());
		assertThrows(Exception.class, () -> asCoop.grantRecorder(address(1), MILL).send(), "only the regulator grants");
	}

	@Test
	void custodyMovesOnlyByAHandoverTheReceiverAccepts() throws Exception {
		asCoop.claimBatch(BATCH).send();
		assertArrayEquals(COOP, asCoop.holderOf(BATCH).send());
		Exception notHolder = assertThrows(Exception.class, () -> asMill.proposeHandover(BATCH, MILL).send());
		assertInstanceOf(TransactionException.class, rootOrSelf(notHolder), notHolder.toString());
		asCoop.proposeHandover(BATCH, MILL).send();
		assertArrayEquals(COOP, asCoop.holderOf(BATCH).send(), "proposing does not move custody");
		asMill.acceptHandover(BATCH).send();
		assertArrayEquals(MILL, asCoop.holderOf(BATCH).send());
		assertEquals(BigInteger.ZERO, new BigInteger(1, asCoop.pendingHandover(BATCH).send()));
	}

	@Test
	void theReceiverCanRejectAHandoverAndCustodyStaysWithTheHolder() throws Exception {
		byte[] lot = digest("https://id.gs1.org/01/06901234000016/10/MH2611-00002");
		asCoop.claimBatch(lot).send();
		asCoop.proposeHandover(lot, MILL).send();
		assertThrows(Exception.class, () -> asCoop.rejectHandover(lot, "mine").send(), "only the receiver rejects");
		var receipt = asMill.rejectHandover(lot, "moisture above 14.5 %").send();
		var rejected = asMill.getHandoverRejectedEvents(receipt);
		assertEquals(1, rejected.size());
		assertArrayEquals(COOP, rejected.get(0).from);
		assertArrayEquals(MILL, rejected.get(0).to);
		assertEquals("moisture above 14.5 %", rejected.get(0).reason, "the holder reads why");
		assertArrayEquals(COOP, asCoop.holderOf(lot).send(), "a rejected handover leaves the lot with its holder");
		assertEquals(BigInteger.ZERO, new BigInteger(1, asCoop.pendingHandover(lot).send()));
		assertThrows(Exception.class, () -> asMill.acceptHandover(lot).send(), "nothing left to accept");
	}

	private static Throwable rootOrSelf(Throwable t) {
		return t.getCause() instanceof TransactionException ? t.getCause() : t;
	}
}
