package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue: the managed chain outlived File > Exit now and then. Whatever the anvil does with a SIGTERM, no anvil
 * is left once {@link LocalChain#stop()} returns, nor after a start that gave up on it. The anvils here are
 * {@code sleep} under anvil's name, ignoring SIGTERM as a busy or stuck anvil does.
 */
class LocalChainStopTest {

	private static final Duration GRACE = Duration.ofMillis(300);

	@TempDir
	Path workspace;
	@TempDir
	Path bin;
	private Process anvil;

	@AfterEach
	void killLeftovers() throws Exception {
		if (anvil != null) {
			anvil.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void anAnvilThatIgnoresSigtermIsGoneOnceStopReturns() throws Exception {
		Path fake = Files.copy(Path.of("/bin/sleep"), bin.resolve("anvil"));
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
		anvil = new ProcessBuilder("sh", "-c", "trap '' TERM; exec \"$0\" 600", fake.toString()).start();
		for (int i = 0; i < 500 && !anvil.info().command().orElse("").endsWith("/anvil"); i++) {
			Thread.sleep(10); // until the shell has set SIGTERM aside and become the anvil
		}
		anvil.destroy();
		assertFalse(anvil.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS), "the fake anvil ignores SIGTERM");
		Files.createDirectories(workspace.resolve("chain"));
		new AnvilPidFile(workspace.resolve("chain/anvil.pid")).write(anvil.pid(), true);

		assertTrue(new LocalChain(fake, workspace, freePort(), GRACE).stop(), "the workspace's anvil was found");

		assertFalse(anvil.toHandle().isAlive(), "killed after the grace, and waited for");
		assertFalse(Files.exists(workspace.resolve("chain/anvil.pid")));
	}

	@Test
	void anAnvilThatNeverListensIsEndedWhenTheStartGivesUp() throws Exception {
		Path fake = Files.writeString(bin.resolve("anvil"), "#!/bin/sh\necho $$ > \"$0.pid\"\ntrap '' TERM\nexec sleep 600\n");
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
		// It never listens: the start waits its 10 s for the port, then gives up.

		assertThrows(ChainException.class, () -> new LocalChain(fake, workspace, freePort(), GRACE)
				.start(LocalChain.Lifetime.THIS_PROCESS));

		long pid = Long.parseLong(Files.readString(bin.resolve("anvil.pid")).strip());
		assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "no anvil is left behind");
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
