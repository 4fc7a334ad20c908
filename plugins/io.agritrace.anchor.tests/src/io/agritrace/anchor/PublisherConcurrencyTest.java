package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;

/**
 * Two publishers of one workspace and account at once (the application's
 * publisher and a user's {@code agritrace-cli publish}): every event is
 * anchored once, nothing fails, no custody step is refused; and a transaction
 * the node drops is noticed within seconds.
 */
class PublisherConcurrencyTest {

	private static final long CHAIN_ID = 1337;

	@TempDir
	Path workspace;
	private AnvilNode node;
	private String contract;
	private TraceStore store;
	private DemoDataSet demo;

	@BeforeEach
	void open() throws Exception {
		node = new AnvilNode();
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), CHAIN_ID, AnvilNode.KEYS[0])) {
			admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[1]), "https://id.gs1.org/417/6901234000016");
			contract = admin.contractAddress();
		}
		store = TraceStore.openWorkspace(workspace);
		demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		demo.saveTo(store);
	}

	@AfterEach
	void close() throws Exception {
		store.close();
		node.close();
	}

	/** A publisher as the CLI and the application run one: its own session, store and development keys. */
	private AnchoringSession session(TraceStore of, String url) {
		ChainEndpoint endpoint = ChainEndpoint.of(url);
		return new AnchoringSession(workspace, of, new AnchorTarget(endpoint, CHAIN_ID, contract, SigningKey.of(AnvilNode.KEYS[1])),
				new DevelopmentOrganisations(endpoint, CHAIN_ID, contract, AnvilNode.KEYS[0]));
	}

	private record Run(AnchorPublisher.Result anchors, CustodySync.Result custody) {
	}

	@Test
	void twoPublishersAtOnceAnchorEveryEventOnceAndSignNoCustodyStepTwice() throws Exception {
		int events = demo.events().size();
		int steps = store.custodySteps().unsynced(Integer.MAX_VALUE, 0).size();
		ExecutorService both = Executors.newFixedThreadPool(2);
		List<Future<Run>> runs = new ArrayList<>();
		try (TraceStore other = TraceStore.openWorkspace(workspace)) {
			for (TraceStore each : List.of(store, other)) {
				Callable<Run> publisher = () -> {
					try (AnchoringSession session = session(each, node.url());
							PublisherLock lock = session.lock("test publisher", Duration.ofMinutes(3), () -> false)) {
						return new Run(session.publish(() -> false),
								session.syncCustody(() -> false, Integer.MAX_VALUE).orElseThrow());
					}
				};
				runs.add(both.submit(publisher));
			}
			int anchored = 0;
			int synced = 0;
			for (Future<Run> run : runs) {
				Run done = run.get();
				assertEquals(0, done.anchors().failed(), done.toString());
				assertEquals(0, done.custody().refused(), done.toString());
				anchored += done.anchors().anchored();
				synced += done.custody().synced();
			}
			assertEquals(events, anchored, "every event anchored by one publisher or the other, once");
			assertEquals(steps, synced, "every custody step signed once");
			assertEquals(events, (long) store.outbox().countsByState().get(OutboxState.ANCHORED));
		} finally {
			both.shutdownNow();
		}
	}

	@Test
	void theSecondPublisherSaysWhoHoldsTheAccount() throws Exception {
		try (AnchoringSession first = session(store, node.url());
				PublisherLock held = first.lock("agritrace-cli publish", Duration.ZERO, () -> false);
				AnchoringSession second = session(store, node.url())) {
			PublisherLock.HeldException e = assertThrows(PublisherLock.HeldException.class,
					() -> second.lock("the application", Duration.ofMillis(300), () -> false));

			assertTrue(e.holder().contains("agritrace-cli publish"), e.holder());
			assertTrue(e.holder().contains("process " + ProcessHandle.current().pid()), e.holder());
		}
		try (AnchoringSession again = session(store, node.url());
				PublisherLock free = again.lock("the application", Duration.ZERO, () -> false)) {
			assertTrue(PublisherLock.holder(workspace, again.account()).orElseThrow().description().contains("the application"));
		}
	}

	@Test
	void aTransactionTheNodeDropsIsNoticedWithinSecondsAndItsEventsWaitForTheNextRun() throws Exception {
		try (NodeProxy proxy = new NodeProxy(node.url());
				AnchorLedger viaProxy = AnchorLedger.connect(ChainEndpoint.of(proxy.url()), CHAIN_ID, contract,
						SigningKey.of(AnvilNode.KEYS[1]))) {
			List<PendingAnchor> batch = store.outbox().pending(10);
			proxy.dropNextSends(1);
			TransactionHash lost = viaProxy.submit(batch);

			long started = System.nanoTime();
			ChainException e = assertThrows(ChainException.class, () -> viaProxy.awaitBlock(lost));
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

			assertTrue(e.getMessage().contains("dropped"), e.getMessage());
			assertTrue(seconds <= 10, "noticed after " + seconds + " s");

			store.outbox().markSubmitted(batch, lost);
			AnchorPublisher.Result restart = new AnchorPublisher(store.outbox(), viaProxy, 50, 2).publish(() -> false);
			assertEquals(10, restart.failed(), "the lost transaction's events fail with the reason and back off");
			assertTrue(restart.lastError().contains("dropped"), restart.lastError());
		}
	}
}
