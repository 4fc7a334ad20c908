package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.anchor.ChainConnection;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.LocalChain;

/**
 * {@code scenario} on a fresh workspace with no chain running: like the
 * workbench, it starts the managed local chain it needs, tells the story to its
 * end, and stops the chain afterwards.
 */
class ScenarioCommandTest {

	private static final String ANVIL = "../io.agritrace.chain/contract/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

	@TempDir
	Path workspace;

	@Test
	void onAFreshWorkspaceItStartsTheManagedChainAndStopsItAfterwards() {
		System.setProperty(LocalChain.ANVIL_PROPERTY, Path.of(ANVIL).toAbsolutePath().toString());
		assertInstanceOf(ChainStatus.NotConnected.class, ChainConnection.localStatus(workspace, LocalChain.DEFAULT_PORT),
				"no chain runs before");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new CliApplication().run(List.of("scenario"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workspace, name -> null);

		String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, said);
		assertTrue(said.lines().anyMatch(l -> l.startsWith("Scenario complete")), said);
		assertInstanceOf(ChainStatus.NotConnected.class, ChainConnection.localStatus(workspace, LocalChain.DEFAULT_PORT),
				"the chain it started is stopped");
	}
}
