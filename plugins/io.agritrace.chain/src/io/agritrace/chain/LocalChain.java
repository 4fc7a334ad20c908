package io.agritrace.chain;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The managed local chain: an anvil node (npm @foundry-rs/anvil, a native
 * binary) whose state file lives in the workspace, free gas, one block a
 * second, with the registry contract deployed on its first start.
 * <p>
 * {@code chain/anvil.pid} names the anvil and the process that owns it. An
 * owned anvil ends with its owner, even when a signal ends the owner; an
 * anvil whose owner died without stopping it (kill -9) is taken over, state
 * and all, by the next start.
 */
public final class LocalChain {

	/** Where Ethereum nodes listen by default, and the RPC URL preference's default. */
	public static final int DEFAULT_PORT = 8545;
	/** anvil's chain id, as Besu's dev mode uses its own. */
	public static final long CHAIN_ID = 31337;
	/**
	 * anvil's first two development accounts (public test keys, funded on every
	 * anvil chain and nowhere else): the regulator and the workspace's recorder.
	 */
	public static final String REGULATOR_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"; //$NON-NLS-1$
	public static final String RECORDER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"; //$NON-NLS-1$

	/** The organisation the workspace's recorder account anchors for. */
	public static final String WORKSPACE_ORGANISATION = "urn:agritrace:workspace"; //$NON-NLS-1$

	/** System property naming the anvil executable; the launch scripts set it. */
	public static final String ANVIL_PROPERTY = "agritrace.anvil"; //$NON-NLS-1$
	private static final String PID_FILE = "anvil.pid"; //$NON-NLS-1$
	/** How long anvil may take to save its state and end when asked to, before it is killed. */
	private static final Duration GRACE = Duration.ofSeconds(10);
	private static final long KILLED_WAIT_SECONDS = 5;

	/** Who ends the anvil that {@link #start} finds or launches. */
	public enum Lifetime {
		/** This process: anvil stops when the process ends, by a signal too (the workbench). */
		THIS_PROCESS,
		/** No one but {@link #stop()} ({@code agritrace-cli chain start}). */
		DETACHED
	}

	/** What {@link #start} found. */
	public enum Start {
		/** anvil was launched now. */
		LAUNCHED,
		/** anvil was running, and its owner (or no one, when detached) still keeps it. */
		JOINED,
		/** anvil was running, but its owner had ended without stopping it: it is ours now, with its state. */
		TOOK_OVER
	}

	/** The running chain: its contract, how it was found, and its anvil's process id (0 when unknown). */
	public record Running(String contract, Start start, long pid) {
	}

	private final Path binary;
	private final Path folder;
	private final int port;
	private final Duration grace;
	/** The anvil this process owns (launched or took over), for the shutdown hook; null when none. */
	private volatile ProcessHandle owned;
	private Thread stopAtExit;

	/** The workspace's chain, with the anvil that {@value #ANVIL_PROPERTY} names. */
	public static LocalChain inWorkspace(Path workspace, int port) {
		return new LocalChain(Path.of(System.getProperty(ANVIL_PROPERTY, "anvil")), workspace, port); //$NON-NLS-1$
	}

	/**
	 * @param binary    the anvil executable
	 * @param workspace the workspace; the chain keeps its files in {@code chain/}
	 */
	public LocalChain(Path binary, Path workspace, int port) {
		this(binary, workspace, port, GRACE);
	}

	/** @param grace how long anvil may take to end when asked to, before it is killed */
	LocalChain(Path binary, Path workspace, int port, Duration grace) {
		this.binary = binary;
		this.folder = workspace.resolve("chain"); //$NON-NLS-1$
		this.port = port;
		this.grace = grace;
	}

	public String rpcUrl() {
		return "http://127.0.0.1:" + port; //$NON-NLS-1$
	}

	/** The deployed contract's address, once the chain was started here. */
	public Optional<String> contract() throws IOException {
		Path file = folder.resolve("contract"); //$NON-NLS-1$
		return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
	}

	/** True when something answers on the chain's port. */
	public boolean isRunning() {
		try (Socket s = new Socket("127.0.0.1", port)) { //$NON-NLS-1$
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * True when something answers on the chain's port that this workspace did
	 * not start: another workspace's chain, or another program. Joining it
	 * would anchor into a registry that another workspace's demo lots share.
	 */
	public boolean foreign() throws IOException {
		return isRunning() && new AnvilPidFile(folder.resolve(PID_FILE)).read().filter(AnvilPidFile.Entry::anvilAlive).isEmpty();
	}

	/**
	 * Starts anvil unless it runs, and deploys the contract the first time,
	 * granting the recorder account to {@link #WORKSPACE_ORGANISATION}. Callers
	 * ask {@link #foreign()} first.
	 */
	public Running start(Lifetime lifetime) throws IOException, InterruptedException, ChainException {
		if (!Files.isExecutable(binary)) {
			throw new ChainException("anvil is not installed at " + binary //$NON-NLS-1$
					+ "; ./agritrace installs it (npm ci in plugins/io.agritrace.chain/contract)"); //$NON-NLS-1$
		}
		Files.createDirectories(folder);
		AnvilPidFile pidFile = new AnvilPidFile(folder.resolve(PID_FILE));
		Start start;
		long pid;
		if (isRunning()) {
			Optional<AnvilPidFile.Entry> entry = pidFile.read().filter(AnvilPidFile.Entry::anvilAlive);
			pid = entry.map(AnvilPidFile.Entry::anvil).orElse(0L);
			start = entry.isPresent() && entry.get().abandoned() ? Start.TOOK_OVER : Start.JOINED;
		} else {
			pid = launch(lifetime);
			start = Start.LAUNCHED;
		}
		if (start == Start.TOOK_OVER && lifetime == Lifetime.THIS_PROCESS) {
			own(ProcessHandle.of(pid));
		}
		if (start != Start.JOINED) {
			pidFile.write(pid, lifetime == Lifetime.THIS_PROCESS);
		}
		return new Running(deployOnce(), start, pid);
	}

	/**
	 * Launches anvil on the port; its state is saved every 5 s and when it exits. An anvil this process owns is
	 * owned from its first moment: a shutdown while it comes up ends it too. One that does not come up is ended.
	 */
	private long launch(Lifetime lifetime) throws IOException, InterruptedException, ChainException {
		Path state = folder.resolve("state.json"); //$NON-NLS-1$
		Process anvil = new ProcessBuilder(List.of(binary.toString(), "--host", "127.0.0.1", //$NON-NLS-1$ //$NON-NLS-2$
				"--port", String.valueOf(port), //$NON-NLS-1$
				"--chain-id", String.valueOf(CHAIN_ID), "--block-time", "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--gas-price", "0", "--base-fee", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--state", state.toString(), "--state-interval", "5")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.redirectErrorStream(true).redirectOutput(folder.resolve("anvil.log").toFile()).start(); //$NON-NLS-1$
		if (lifetime == Lifetime.THIS_PROCESS) {
			own(Optional.of(anvil.toHandle()));
		}
		try {
			awaitPort();
		} catch (InterruptedException | ChainException e) {
			end(anvil.toHandle());
			disown();
			throw e;
		}
		return anvil.pid();
	}

	private void awaitPort() throws InterruptedException, ChainException {
		for (int i = 0; i < 200 && !isRunning(); i++) {
			Thread.sleep(50);
		}
		if (!isRunning()) {
			throw new ChainException("anvil did not start; see " + folder.resolve("anvil.log")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * A JVM runs its shutdown hooks on exit and on SIGTERM, SIGINT and SIGHUP
	 * (a closed terminal), so the anvil it owns ends with it then, too: also
	 * when the application exits while a stop is under way or was never asked.
	 */
	private synchronized void own(Optional<ProcessHandle> anvil) throws ChainException {
		owned = anvil.orElse(null);
		if (stopAtExit == null && owned != null) {
			Thread hook = new Thread(() -> {
				ProcessHandle last = owned;
				if (last != null) {
					end(last);
				}
			}, "stop local chain"); //$NON-NLS-1$
			try {
				Runtime.getRuntime().addShutdownHook(hook);
			} catch (IllegalStateException exiting) {
				end(owned);
				owned = null;
				throw new ChainException("the application is exiting: the local chain was stopped", exiting); //$NON-NLS-1$
			}
			stopAtExit = hook;
		}
	}

	private synchronized void disown() {
		owned = null;
		if (stopAtExit != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(stopAtExit);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running or has run
			}
			stopAtExit = null;
		}
	}

	private String deployOnce() throws IOException, ChainException {
		Optional<String> deployed = contract();
		if (deployed.isPresent()) {
			return deployed.get();
		}
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(rpcUrl()), CHAIN_ID, REGULATOR_KEY)) {
			admin.grantRecorder(RegistryAdmin.addressOf(RECORDER_KEY), WORKSPACE_ORGANISATION);
			Files.writeString(folder.resolve("contract"), admin.contractAddress()); //$NON-NLS-1$
			return admin.contractAddress();
		}
	}

	/**
	 * Asks anvil to end (it saves its state on the way out) and waits the grace for it; then kills it, and waits for
	 * that too: once this returns, no anvil is left to keep the port. Interrupted, it kills anvil at once.
	 */
	private void end(ProcessHandle anvil) {
		anvil.destroy();
		boolean interrupted = false;
		try {
			anvil.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
			return;
		} catch (InterruptedException e) {
			interrupted = true;
		} catch (ExecutionException | TimeoutException e) {
			// it did not end in time: killed below
		}
		anvil.destroyForcibly();
		try {
			anvil.onExit().get(KILLED_WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			interrupted = true;
		} catch (ExecutionException | TimeoutException e) {
			// SIGKILL cannot be ignored: only a process stuck in the kernel is still there
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Stops the workspace's anvil, which its pid file names whatever port it
	 * serves (a chain started with another port than this one's too).
	 *
	 * @return false when none runs
	 */
	public boolean stop() throws InterruptedException {
		Optional<ProcessHandle> anvil = workspaceAnvil().or(() -> Optional.ofNullable(owned).filter(ProcessHandle::isAlive));
		anvil.ifPresent(this::end);
		try {
			Files.deleteIfExists(folder.resolve(PID_FILE));
		} catch (IOException e) {
			// the next start finds the anvil gone and writes the file again
		}
		disown();
		return anvil.isPresent();
	}

	/** The anvil the pid file names, if it still runs (and is still an anvil, not a process that got its id). */
	private Optional<ProcessHandle> workspaceAnvil() {
		try {
			return new AnvilPidFile(folder.resolve(PID_FILE)).read().filter(AnvilPidFile.Entry::anvilAlive)
					.flatMap(entry -> ProcessHandle.of(entry.anvil()))
					.filter(p -> p.info().command().map(c -> c.equals(binary.toAbsolutePath().normalize().toString())
							|| c.endsWith("/anvil")).orElse(false)); //$NON-NLS-1$
		} catch (IOException unreadable) {
			return Optional.empty();
		}
	}
}
