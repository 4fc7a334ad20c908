package io.agritrace.tests.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local anvil node (npm @foundry-rs/anvil, pinned in the chain bundle's
 * contract/package.json) on a free loopback port, for tests that need a real
 * EVM. Its first accounts are anvil's well-known development accounts. Test
 * bundles run from their own folder beside the chain bundle's.
 */
public final class AnvilNode implements AutoCloseable {

	/** Private keys of anvil's development accounts 0 to 3 (public test keys, never funded anywhere real). */
	public static final String[] KEYS = { "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
			"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
			"0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
			"0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6" };

	/** The pinned anvil, from a test bundle's folder; the managed chain finds it by {@code LocalChain.ANVIL_PROPERTY}. */
	public static final Path BINARY = Path
			.of("../io.agritrace.chain/contract/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");

	private final Process process;
	private final String url;

	/** A free-gas node with anvil's defaults otherwise. */
	public AnvilNode() throws IOException, InterruptedException {
		this(new String[0]);
	}

	/** @param options more anvil options, e.g. {@code --gas-limit N} for smaller blocks */
	public AnvilNode(String... options) throws IOException, InterruptedException {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException("anvil is missing at " + BINARY.toAbsolutePath()
					+ ": run npm ci in plugins/io.agritrace.chain/contract (product/scripts/run-tests does)");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--host", "127.0.0.1", "--port",
				String.valueOf(port), "--chain-id", "1337", "--gas-price", "0", "--base-fee", "0", "--silent"));
		command.addAll(List.of(options));
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		url = "http://127.0.0.1:" + port;
		long deadline = System.currentTimeMillis() + 15_000;
		while (true) {
			try (Socket s = new Socket("127.0.0.1", port)) {
				break;
			} catch (IOException notYet) {
				if (System.currentTimeMillis() > deadline || !process.isAlive()) {
					throw new IllegalStateException("anvil did not start: " + new String(process.getInputStream().readAllBytes()));
				}
				Thread.sleep(50);
			}
		}
	}

	public String url() {
		return url;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor(10, TimeUnit.SECONDS);
	}
}
