package io.agritrace.anchor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One publisher per workspace and signing account at a time: two senders with
 * one account take the same nonces from the node, and one of them loses its
 * transactions. An operating-system file lock in the workspace's
 * {@code chain/} folder, which the system releases when its holder ends, even
 * by a crash; the file names the holder for whoever has to wait.
 */
public final class PublisherLock implements AutoCloseable {

	private static final long RETRY_MS = 200;
	/**
	 * Publishers of this process, one per lock file: a second channel on a locked
	 * file must not even be opened, since closing it would release the lock
	 * (see {@link FileLock}).
	 */
	private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

	private final Semaphore local;
	private final FileChannel channel;
	private final FileLock lock;

	private PublisherLock(Semaphore local, FileChannel channel, FileLock lock) {
		this.local = local;
		this.channel = channel;
		this.lock = lock;
	}

	/** Who holds a lock now, as its file says. */
	public record Holder(String description) {
	}

	/** Thrown when the lock was not had in time; says who holds it. */
	public static final class HeldException extends Exception {

		private static final long serialVersionUID = 1L;
		private final String holder;

		HeldException(String holder) {
			super(holder);
			this.holder = holder;
		}

		/** The holder as its lock file names it: process, since when, what. */
		public String holder() {
			return holder;
		}
	}

	/** The lock file of this workspace's publisher for this account. */
	static Path file(Path workspace, String account) {
		return workspace.resolve("chain").resolve("publisher-" + account.toLowerCase(Locale.ROOT) //$NON-NLS-1$ //$NON-NLS-2$
				+ ".lock"); //$NON-NLS-1$
	}

	/**
	 * Takes the lock, waiting at most {@code wait} for its holder to finish.
	 *
	 * @param account   the signing account's address
	 * @param what      what the holder does, for whoever waits ("agritrace-cli publish")
	 * @param cancelled stops the wait
	 * @throws HeldException when another publisher still holds it after the wait (or on cancel)
	 */
	public static PublisherLock acquire(Path workspace, String account, String what, Duration wait,
			BooleanSupplier cancelled) throws IOException, HeldException, InterruptedException {
		Path file = file(workspace, account).toAbsolutePath().normalize();
		Files.createDirectories(file.getParent());
		long deadline = System.nanoTime() + wait.toNanos();
		Semaphore local = IN_THIS_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
		while (!local.tryAcquire(RETRY_MS, TimeUnit.MILLISECONDS)) {
			refuseWhenDue(deadline, cancelled, workspace, account);
		}
		try {
			while (true) {
				FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock();
				if (lock != null) {
					String holder = "process " + ProcessHandle.current().pid() + " since " + Instant.now() //$NON-NLS-1$ //$NON-NLS-2$
							+ ": " + what; //$NON-NLS-1$
					channel.truncate(0);
					channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
					channel.force(false);
					return new PublisherLock(local, channel, lock);
				}
				channel.close(); // held by another process: this process holds no lock on the file to lose
				refuseWhenDue(deadline, cancelled, workspace, account);
				Thread.sleep(RETRY_MS);
			}
		} catch (IOException | HeldException | InterruptedException | RuntimeException e) {
			local.release();
			throw e;
		}
	}

	private static void refuseWhenDue(long deadline, BooleanSupplier cancelled, Path workspace, String account)
			throws IOException, HeldException {
		if (System.nanoTime() > deadline || cancelled.getAsBoolean()) {
			throw new HeldException(holder(workspace, account).map(Holder::description)
					.orElse(file(workspace, account).toString()));
		}
	}

	/** Who holds this workspace's publisher lock for the account, if anyone wrote it. */
	public static Optional<Holder> holder(Path workspace, String account) throws IOException {
		Path file = file(workspace, account);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		String text = Files.readString(file, StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(new Holder(text));
	}

	@Override
	public void close() throws IOException {
		try {
			channel.truncate(0);
			lock.release();
		} finally {
			channel.close();
			local.release();
		}
	}
}
