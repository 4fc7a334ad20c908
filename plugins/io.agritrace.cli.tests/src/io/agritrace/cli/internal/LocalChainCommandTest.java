package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.LocalChain;

/** chain start deploys on first start and keeps its state in the workspace; status; stop. */
class LocalChainCommandTest {

	private static final String ANVIL = "../io.agritrace.chain/contract/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

	@TempDir
	Path workspace;
	private String port;
	private ByteArrayOutputStream out;

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		return new CliApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), workspace, name -> null);
	}

	@AfterEach
	void stop() {
		run("chain", "stop", "--port", port);
	}

	@Test
	void startDeploysOnceStatusAnswersStopEnds() throws Exception {
		System.setProperty(LocalChain.ANVIL_PROPERTY, Path.of(ANVIL).toAbsolutePath().toString());
		try (ServerSocket socket = new ServerSocket(0)) {
			port = String.valueOf(socket.getLocalPort());
		}
		assertEquals(0, run("chain", "start", "--port", port), out.toString(StandardCharsets.UTF_8));
		String contract = Files.readString(workspace.resolve("chain/contract")).strip();
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(contract));
		assertEquals(0, run("chain", "start", "--port", port));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(contract), "a second start keeps the contract");
		assertEquals(0, run("chain", "status", "--port", port));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("chain id 31337, block "), out.toString(StandardCharsets.UTF_8));
		assertEquals(0, run("chain", "stop", "--port", port));
		assertEquals(0, run("chain", "status", "--port", port));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("no node answers"), out.toString(StandardCharsets.UTF_8));
	}
}
