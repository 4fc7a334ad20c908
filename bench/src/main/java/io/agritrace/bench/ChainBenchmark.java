package io.agritrace.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.CustodySync;
import io.agritrace.anchor.TraceVerifier;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.store.CustodySteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.demo.GeneratedData;
import io.agritrace.store.TraceStore;

/**
 * {@code bench/run chain}: anchoring on the managed local chain (anvil, free
 * gas, mining each transaction at once), end to end from the H2 outbox to the
 * receipts, against one transaction per event in the same run; verifying a
 * 1,000-event trace; and the custody record's steps a second on a chain that
 * mines a block a second as the managed one does, pages of steps sent without
 * waiting block by block against a sample sent a step at a time.
 */
public final class ChainBenchmark {

	private static final String[] KEYS = { "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
			"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" };
	private static final long CHAIN_ID = 31337;

	public static void main(String[] args) throws Exception {
		Path anvil = Path.of(args[0]);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process node = new ProcessBuilder(anvil.toString(), "--port", String.valueOf(port), "--chain-id",
				String.valueOf(CHAIN_ID), "--gas-price", "0", "--base-fee", "0", "--gas-limit", "200000000", "--silent")
				.inheritIO().start();
		String url = "http://127.0.0.1:" + port;
		try (ScratchDirectory work = new ScratchDirectory("agritrace-chain-bench")) {
			awaitPort(port);
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(url), CHAIN_ID, KEYS[0])) {
				admin.grantRecorder(RegistryAdmin.addressOf(KEYS[1]), "bench");
				contract = admin.contractAddress();
			}
			try (AnchorLedger ledger = AnchorLedger.connect(ChainEndpoint.of(url), CHAIN_ID, contract, SigningKey.of(KEYS[1]))) {
				double batched = anchor(work.resolve("batched"), ledger, 1500, 1000, 4);
				double single = anchor(work.resolve("single"), ledger, 20, 1, 1);
				print("anchor_events_per_s", batched, "events/s");
				print("anchor_single_tx_per_s", single, "events/s");
				print("anchor_vs_single_tx_ratio", batched / single, "x");
				verify(work.resolve("verify"), ledger);
			}
			custody(anvil, work.resolve("custody"));
		} finally {
			node.destroy();
			node.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Steps sent a step at a time (the baseline) before the rest go a page at a time. */
	private static final int BASELINE_STEPS = 12;

	/**
	 * The custody steps of 200 generated chains (as issue 30 measured) on an
	 * anvil with one block a second and the default 30M-gas blocks, the managed
	 * chain's settings: a sample a step at a time, then the rest in pages.
	 * Organisations are granted their development keys first, once per chain's
	 * lifetime as on the managed chain, outside the timing.
	 */
	private static void custody(Path anvil, Path workspace) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process node = new ProcessBuilder(anvil.toString(), "--port", String.valueOf(port), "--chain-id",
				String.valueOf(CHAIN_ID), "--gas-price", "0", "--base-fee", "0", "--block-time", "1", "--silent")
				.inheritIO().start();
		String url = "http://127.0.0.1:" + port;
		ChainEndpoint endpoint = ChainEndpoint.of(url);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			awaitPort(port);
			GeneratedData.generate(store, 200, Clock.systemDefaultZone(), 365, 200);
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(endpoint, CHAIN_ID, KEYS[0])) {
				contract = admin.contractAddress();
			}
			try (CustodyLedger ledger = CustodyLedger.connect(endpoint, CHAIN_ID, contract);
					DevelopmentOrganisations organisations = new DevelopmentOrganisations(endpoint, CHAIN_ID, contract,
							KEYS[0])) {
				List<CustodySteps.Step> steps = store.custodySteps().unsynced(Integer.MAX_VALUE, 0);
				for (String organisation : steps.stream().flatMap(s -> List.of(s.from(), s.to()).stream()).distinct().toList()) {
					organisations.keyOf(organisation);
				}
				print("custody_steps", steps.size(), "steps");
				long t0 = System.nanoTime();
				CustodySync.Result one = new CustodySync(store.custodySteps(), ledger, organisations::keyOf, 1)
						.sync(() -> false, BASELINE_STEPS);
				double single = one.synced() / ((System.nanoTime() - t0) / 1e9);
				long t1 = System.nanoTime();
				CustodySync.Result paged = new CustodySync(store.custodySteps(), ledger, organisations::keyOf)
						.sync(() -> false, Integer.MAX_VALUE);
				double pipelined = paged.synced() / ((System.nanoTime() - t1) / 1e9);
				if (paged.synced() + one.synced() != steps.size()) {
					throw new IllegalStateException("custody steps left undone: " + paged);
				}
				print("custody_refused", one.refused() + paged.refused(), "steps");
				print("custody_steps_per_s", pipelined, "steps/s");
				print("custody_single_step_per_s", single, "steps/s");
				print("custody_vs_single_step_ratio", pipelined / single, "x");
			}
		} finally {
			node.destroy();
			node.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Generates {@code chains} Jilin chains and publishes the whole outbox; events per second. */
	private static double anchor(Path workspace, AnchorLedger ledger, int chains, int batch, int inFlight)
			throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			GeneratedData.generate(store, chains, Clock.systemDefaultZone(), 365, chains);
			long t0 = System.nanoTime();
			AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), ledger, batch, inFlight)
					.publish(() -> false);
			double seconds = (System.nanoTime() - t0) / 1e9;
			if (result.failed() > 0) {
				throw new IllegalStateException("anchoring failed: " + result.lastError());
			}
			print("anchor_events_" + (batch == 1 ? "single" : "batched"), result.anchored(), "events");
			return result.anchored() / seconds;
		}
	}

	/** A lot whose trace holds 1,000 events, published, then verified. */
	private static void verify(Path workspace, AnchorLedger ledger) throws Exception {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			String lot = Identifiers.lot("06901234000030", "VERIFY-1");
			List<EpcisEvent> events = new ArrayList<>();
			OffsetDateTime t = OffsetDateTime.parse("2026-01-01T08:00:00+08:00");
			events.add(EventBuilder.event(EventType.ObjectEvent, t).action("ADD").bizStep("commissioning")
					.quantity(lot, BigDecimal.valueOf(1000), "KGM").build());
			for (int i = 1; i < 1000; i++) {
				events.add(EventBuilder.event(EventType.ObjectEvent, t.plusMinutes(i)).action("OBSERVE")
						.bizStep("inspecting").quantity(lot, BigDecimal.ONE, "KGM").build());
			}
			store.save(List.of(), events);
			new AnchorPublisher(store.outbox(), ledger, 500, 4).publish(() -> false);
			TraceVerifier verifier = new TraceVerifier(store, ledger);
			verifier.verify(lot); // warm-up
			long t0 = System.nanoTime();
			var verdicts = verifier.verify(lot);
			double ms = (System.nanoTime() - t0) / 1e6;
			print("verify_events", verdicts.size(), "events");
			print("verify_1000_ms", ms, "ms");
		}
	}

	private static void awaitPort(int port) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			try (Socket s = new Socket("127.0.0.1", port)) {
				return;
			} catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("anvil did not start");
	}

	private static void print(String name, double value, String unit) {
		System.out.printf("%s: %s %s%n", name, value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value), unit);
	}

	private ChainBenchmark() {
	}
}
