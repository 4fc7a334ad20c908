package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;

import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.epcis.EventHashId;

/**
 * The managed chain never outlives the application that started it: a SIGTERM
 * of the application stops its anvil; after a SIGKILL, the next start takes
 * the orphan over. Either way the chain keeps its contract and anchors.
 */
class LocalChainLifetimeTest {

	private static final Path ANVIL = Path
			.of("../io.agritrace.chain/contract/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil").toAbsolutePath();
	private static final String LOT = "https://id.gs1.org/01/06901234000030/10/LIFE-1";

	@TempDir
	Path workspace;
	private int port;
	private Process application;

	@BeforeEach
	void freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (application != null) {
			application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		chain().stop();
	}

	private LocalChain chain() {
		return new LocalChain(ANVIL, workspace, port);
	}

	@Test
	void sigtermOfTheApplicationStopsItsChainAndTheNextStartServesTheSameState() throws Exception {
		String[] started = startApplication();
		EventHashId anchored = anchorOne(started[1]);

		application.destroy(); // SIGTERM
		assertTrue(application.waitFor(20, TimeUnit.SECONDS));
		assertFalse(ProcessHandle.of(Long.parseLong(started[2])).map(ProcessHandle::isAlive).orElse(false),
				"anvil ended with the application");
		assertFalse(chain().isRunning());

		LocalChain.Running again = chain().start(LocalChain.Lifetime.THIS_PROCESS);
		assertEquals(LocalChain.Start.LAUNCHED, again.start());
		assertEquals(started[1], again.contract());
		assertAnchored(again.contract(), anchored);
	}

	@Test
	void afterSigkillTheNextStartTakesTheOrphanOverWithItsState() throws Exception {
		String[] started = startApplication();
		EventHashId anchored = anchorOne(started[1]);

		application.destroyForcibly(); // SIGKILL: no shutdown hook runs
		assertTrue(application.waitFor(20, TimeUnit.SECONDS));
		long orphan = Long.parseLong(started[2]);
		assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "a killed JVM leaves anvil");

		LocalChain chain = chain();
		LocalChain.Running again = chain.start(LocalChain.Lifetime.THIS_PROCESS);
		assertEquals(LocalChain.Start.TOOK_OVER, again.start());
		assertEquals(orphan, again.pid());
		assertEquals(started[1], again.contract());
		assertAnchored(again.contract(), anchored);

		chain.stop();
		assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "no anvil is left");
	}

	@Test
	void aChainAnotherLiveProcessOwnsIsJoinedNotTakenOver() throws Exception {
		String[] started = startApplication();

		LocalChain.Running joined = chain().start(LocalChain.Lifetime.THIS_PROCESS);

		assertEquals(LocalChain.Start.JOINED, joined.start());
		assertEquals(Long.parseLong(started[2]), joined.pid());
	}

	/** {"started", contract, anvil pid} */
	private String[] startApplication() throws Exception {
		List<String> classPath = new ArrayList<>();
		for (Class<?> c : new Class<?>[] { LocalChainInChildProcess.class, LocalChain.class, EventHashId.class,
				Web3j.class, NLS.class, LoggerFactory.class }) {
			classPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		application = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classPath),
				LocalChainInChildProcess.class.getName(), ANVIL.toString(), workspace.toString(), String.valueOf(port))
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		assertTrue(line != null && line.startsWith("started "), "the application started its chain: " + line);
		return line.split(" ");
	}

	private EventHashId anchorOne(String contract) throws Exception {
		EventHashId hash = EventHashId.ofPreHash("eventType=ObjectEvent lifetime " + System.nanoTime());
		try (AnchorLedger ledger = AnchorTarget.local(chain(), contract).open()) {
			ledger.awaitBlock(ledger.submit(List.of(new PendingAnchor(1, hash, LOT))));
		}
		return hash;
	}

	private void assertAnchored(String contract, EventHashId hash) throws Exception {
		try (AnchorLedger ledger = AnchorTarget.local(chain(), contract).open()) {
			assertTrue(ledger.anchors(List.of(hash)).containsKey(hash), "the anchor survived");
		}
	}
}
