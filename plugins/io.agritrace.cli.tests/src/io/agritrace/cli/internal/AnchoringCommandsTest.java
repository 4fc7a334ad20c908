package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.chain.SigningKeystore;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.store.CodeKind;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.StoreTampering;

/** generate, deploy, publish and verify through the command line, on anvil; then a tamper turns verify to exit 3. */
class AnchoringCommandsTest {

	private static AnvilNode node;
	private static final Map<String, String> KEYS = Map.of(EnvironmentSecrets.REGULATOR_KEY, AnvilNode.KEYS[0],
			EnvironmentSecrets.RECORDER_KEY, AnvilNode.KEYS[1]);

	@TempDir
	Path workspace;
	private ByteArrayOutputStream out;
	private ByteArrayOutputStream err;

	@BeforeAll
	static void start() throws Exception {
		node = new AnvilNode();
	}

	@AfterAll
	static void stop() throws Exception {
		node.close();
	}

	private int run(String... args) {
		return runWith(KEYS::get, args);
	}

	private int runWith(UnaryOperator<String> environment, String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new CliApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workspace, environment);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void publishedTracesVerifyAndATamperedOneExitsWith3() {
		assertEquals(0, run("generate", "--chains", "2", "--days", "30"), out());
		assertEquals(0, run("list"));
		// The column is padded to its longest code (a dried paddy lot's, MHD…).
		String lot = out().lines().skip(1).filter(l -> l.contains("/MR")).findFirst().orElseThrow().split("\t")[0].strip();

		assertEquals(0, run("deploy", "--rpc-url", node.url(), "--organisation", "https://id.gs1.org/417/6901234000016"),
				err.toString(StandardCharsets.UTF_8));
		String contract = out().strip();
		assertEquals(4, run("verify", lot, "--rpc-url", node.url(), "--contract", contract), "nothing anchored yet");
		assertEquals(0, run("publish", "--rpc-url", node.url(), "--contract", contract), err.toString(StandardCharsets.UTF_8));
		assertTrue(out().startsWith("anchored "), out());
		// The recorder signs for the cooperative only: its shipments, not the others' steps.
		assertTrue(out().lines().anyMatch(l -> l.matches("custody on chain: steps signed [1-9]\\d*, refused 0, "
				+ "waiting for their shipment to be proposed 0, left to the other organisations [1-9]\\d*")), out());
		assertEquals(0, run("verify", lot, "--rpc-url", node.url(), "--contract", contract), out());
		assertTrue(out().lines().allMatch(l -> l.startsWith("VERIFIED\t")), out());
		String lotNumber = Identifiers.lotNumber(lot).orElseThrow();
		assertEquals(0, run("verify", lotNumber, "--rpc-url", node.url(), "--contract", contract), out());
		String said = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
		assertEquals(Texts.Lot_readAs.text(DisplayLanguage.current(), lotNumber, CodeKind.LOT_NUMBER.label(DisplayLanguage.current()), lot),
				said, "the first line says what the code was read as");

		StoreTampering tampering = new StoreTampering(TraceStore.workspaceUrl(workspace));
		tampering.alterQuantity(tampering.event(lot, null, false).orElseThrow(), '9');
		assertEquals(3, run("verify", lot, "--rpc-url", node.url(), "--contract", contract));
		assertTrue(out().contains("MISMATCH\t"), out());

		// An event deleted from the database is still anchored for its lot.
		tampering.delete(tampering.event(lot, null, true).orElseThrow());
		assertEquals(3, run("verify", lot, "--rpc-url", node.url(), "--contract", contract));
		assertEquals(1, out().lines().filter(l -> l.startsWith("NOT_IN_DATABASE\t")).count(), out());
	}

	/** The guided scenario headless, to its end: the edit found, every shop recalled, the edit put back; `verify --all` agrees. */
	@Test
	void theGuidedScenarioFindsTheEditedReceiptAndRecallsEveryShop() {
		assertEquals(0, run("deploy", "--rpc-url", node.url(), "--organisation", "https://id.gs1.org/417/6901234000016"),
				err.toString(StandardCharsets.UTF_8));
		String contract = out().strip();

		assertEquals(0, run("scenario", "--rpc-url", node.url(), "--contract", contract), out() + err.toString(StandardCharsets.UTF_8));

		List<String> lines = out().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.contains("1 of ") && l.contains("no longer match their anchors")), out());
		assertTrue(lines.stream().anyMatch(l -> l.contains("Changchun Eurasia Supermarket Chaoyang") && l.endsWith("\t6000 kg")), out());
		assertTrue(lines.stream().anyMatch(l -> l.contains("Changchun Nanguan Fresh Market") && l.endsWith("\t7100 kg")), out());
		assertTrue(lines.stream().anyMatch(l -> l.contains("put back; records that differ from their anchors now: 0.")), out());
		assertTrue(lines.get(lines.size() - 1).startsWith("Scenario complete"), out());
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			assertEquals(0, store.verdicts().incidents().size(), "the edit was put back and verified again");
		}

		assertEquals(0, run("verify", "--all", "--rpc-url", node.url(), "--contract", contract), out());
		assertTrue(out().lines().allMatch(l -> l.startsWith("VERIFIED\t")), out());
	}

	@Test
	void keysComeOnlyFromTheEnvironment() {
		int exit = runWith(name -> null, "deploy", "--rpc-url", node.url(), "--organisation", "x");
		assertEquals(2, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(EnvironmentSecrets.REGULATOR_KEY));
	}

	/** A fresh installation imports a partner's export and finds its anchors on chain, sending nothing. */
	@Test
	void aFreshWorkspaceRebuildsItsAnchorStatesFromTheChain(@TempDir Path fresh) throws Exception {
		assertEquals(0, run("generate", "--chains", "1", "--days", "20"), out());
		assertEquals(0, run("list"));
		// The column is padded to its longest code (a dried paddy lot's, MHD…).
		String lot = out().lines().skip(1).filter(l -> l.contains("/MR")).findFirst().orElseThrow().split("\t")[0].strip();
		assertEquals(0, run("deploy", "--rpc-url", node.url(), "--organisation", "urn:coop"), err.toString(StandardCharsets.UTF_8));
		String contract = out().strip();
		assertEquals(0, run("publish", "--rpc-url", node.url(), "--contract", contract), err.toString(StandardCharsets.UTF_8));
		Path export = fresh.resolve("trace.jsonld");
		assertEquals(0, run("export", lot, "--output", export.toString()), err.toString(StandardCharsets.UTF_8));

		Path first = workspace;
		workspace = fresh.resolve("workspace");
		try {
			assertEquals(0, run("import", export.toString()), err.toString(StandardCharsets.UTF_8));
			long imported = pending();
			assertTrue(imported > 0, "imported events start pending");
			assertEquals(0, run("reconcile", "--rpc-url", node.url(), "--contract", contract), err.toString(StandardCharsets.UTF_8));
			assertTrue(out().contains(String.valueOf(imported)), out());
			assertEquals(0, pending(), "nothing left pending");
			assertEquals(0, run("publish", "--rpc-url", node.url(), "--contract", contract));
			assertTrue(out().startsWith("anchored 0 "), "nothing sent again: " + out());
		} finally {
			workspace = first;
		}
	}

	private long pending() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			return store.outbox().countsByState().get(OutboxState.PENDING);
		}
	}

	@Test
	void keystoreNewCreatesAnEncryptedAccountWhosePasswordOnlyTheEnvironmentGives(@TempDir Path keys) throws Exception {
		assertEquals(2, runWith(Map.of(EnvironmentSecrets.KEYSTORE_PASSWORD, "short")::get, "keystore", "new", keys.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("8"), err.toString(StandardCharsets.UTF_8));
		assertEquals(0, runWith(Map.of(EnvironmentSecrets.KEYSTORE_PASSWORD, "long-enough")::get, "keystore", "new", keys.toString()),
				err.toString(StandardCharsets.UTF_8));
		List<String> printed = out().lines().toList();
		Path file = Path.of(printed.get(0));
		String json = Files.readString(file);
		assertTrue(json.contains("\"crypto\"") && !json.contains("long-enough"), json);
		assertEquals(printed.get(1), SigningKeystore.signingKey(file, "long-enough").address());
	}

	/** A real network's recorder signs from an encrypted keystore whose password only the environment holds. */
	@Test
	void publishSignsWithAnEncryptedKeystoreAndRefusesAnotherChain(@TempDir Path keys) throws Exception {
		String file = WalletUtils.generateWalletFile("s3cret-pass", ECKeyPair.create(Numeric.toBigInt(AnvilNode.KEYS[1])),
				keys.toFile(), false);
		String keystore = keys.resolve(file).toString();
		assertEquals(0, run("generate", "--chains", "1", "--days", "10"), out());
		assertEquals(0, run("deploy", "--rpc-url", node.url(), "--organisation", "urn:coop"), err.toString(StandardCharsets.UTF_8));
		String contract = out().strip();

		Map<String, String> env = Map.of(EnvironmentSecrets.KEYSTORE_PASSWORD, "s3cret-pass");
		assertEquals(2, runWith(name -> null, "publish", "--rpc-url", node.url(), "--contract", contract, "--keystore", keystore));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(EnvironmentSecrets.KEYSTORE_PASSWORD));
		assertEquals(1, runWith(Map.of(EnvironmentSecrets.KEYSTORE_PASSWORD, "wrong")::get, "publish", "--rpc-url", node.url(),
				"--contract", contract, "--keystore", keystore));
		assertEquals(1, runWith(env::get, "publish", "--rpc-url", node.url(), "--contract", contract, "--keystore", keystore,
				"--chain-id", "2024"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("2024"), err.toString(StandardCharsets.UTF_8));
		assertEquals(0, runWith(env::get, "publish", "--rpc-url", node.url(), "--contract", contract, "--keystore", keystore,
				"--chain-id", "1337"), err.toString(StandardCharsets.UTF_8));
		assertTrue(out().startsWith("anchored ") && !out().startsWith("anchored 0 "), out());
	}
}
