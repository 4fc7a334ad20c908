package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.LocalChain;
import io.agritrace.core.model.DisplayLanguage;

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

	/**
	 * The issue's `chain start --port 8601` then `chain stop`, which said "local
	 * chain stopped" and left that anvil running: stop ends the workspace's
	 * anvil whatever its port, and says so when none runs.
	 */
	@Test
	void stopWithoutThePortEndsTheWorkspacesChainAndSaysWhenNoneRuns() throws Exception {
		System.setProperty(LocalChain.ANVIL_PROPERTY, Path.of(ANVIL).toAbsolutePath().toString());
		try (ServerSocket socket = new ServerSocket(0)) {
			port = String.valueOf(socket.getLocalPort());
		}
		assertEquals(0, run("chain", "start", "--port", port), out.toString(StandardCharsets.UTF_8));
		long anvil = anvilPid();
		assertTrue(ProcessHandle.of(anvil).map(ProcessHandle::isAlive).orElse(false));

		assertEquals(0, run("chain", "stop"), "no --port: the default port's, which is not this chain's");
		assertEquals(Texts.ChainCommand_stopped.text(DisplayLanguage.current()), out.toString(StandardCharsets.UTF_8).strip());
		assertFalse(ProcessHandle.of(anvil).map(ProcessHandle::isAlive).orElse(false), "the anvil on " + port + " ended");
		assertFalse(new LocalChain(Path.of(ANVIL), workspace, Integer.parseInt(port)).isRunning());

		assertEquals(0, run("chain", "stop"));
		assertEquals(Texts.ChainCommand_notRunning.text(DisplayLanguage.current()), out.toString(StandardCharsets.UTF_8).strip());
	}

	/** The anvil the workspace's pid file names. */
	private long anvilPid() throws IOException {
		Properties pid = new Properties();
		try (Reader in = Files.newBufferedReader(workspace.resolve("chain/anvil.pid"))) {
			pid.load(in);
		}
		return Long.parseLong(pid.getProperty("anvil"));
	}
}
