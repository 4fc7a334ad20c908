package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;

/** generate, deploy, publish and verify through the command line, on anvil; then a tamper turns verify to exit 3. */
class AnchoringCommandsTest {

	private static AnvilNode node;
	private static final Map<String, String> KEYS = Map.of(ChainOptions.REGULATOR_KEY, AnvilNode.KEYS[0],
			ChainOptions.RECORDER_KEY, AnvilNode.KEYS[1]);

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
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new CliApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workspace, KEYS::get);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void publishedTracesVerifyAndATamperedOneExitsWith3() {
		assertEquals(0, run("generate", "--chains", "2", "--days", "30"), out());
		assertEquals(0, run("list"));
		String lot = out().lines().skip(1).filter(l -> l.contains("/MR")).findFirst().orElseThrow().split("\t")[0];

		assertEquals(0, run("deploy", "--rpc-url", node.url(), "--organisation", "https://id.gs1.org/417/6901234000016"),
				err.toString(StandardCharsets.UTF_8));
		String contract = out().strip();
		assertEquals(4, run("verify", lot, "--rpc-url", node.url(), "--contract", contract), "nothing anchored yet");
		assertEquals(0, run("publish", "--rpc-url", node.url(), "--contract", contract), err.toString(StandardCharsets.UTF_8));
		assertTrue(out().startsWith("anchored "), out());
		assertEquals(0, run("verify", lot, "--rpc-url", node.url(), "--contract", contract), out());
		assertTrue(out().lines().allMatch(l -> l.startsWith("VERIFIED\t")), out());

		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement(
						"UPDATE epcis_event SET json = REPLACE(json, '\"quantity\":', '\"quantity\":9') WHERE id = "
								+ "(SELECT MIN(e.id) FROM epcis_event e JOIN event_item i ON i.event_id = e.id WHERE i.item = ?)")) {
					p.setString(1, lot);
					return p.executeUpdate();
				}
			});
		}
		assertEquals(3, run("verify", lot, "--rpc-url", node.url(), "--contract", contract));
		assertTrue(out().contains("MISMATCH\t"), out());
	}

	@Test
	void keysComeOnlyFromTheEnvironment() {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		int exit = new CliApplication().run(List.of("deploy", "--rpc-url", node.url(), "--organisation", "x"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				workspace, name -> null);
		assertEquals(2, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(ChainOptions.RECORDER_KEY));
	}
}
