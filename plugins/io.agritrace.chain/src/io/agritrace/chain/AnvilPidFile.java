package io.agritrace.chain;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code chain/anvil.pid}: the local chain's anvil process and the process that
 * owns it, with its start time so that a reused process id is not taken for
 * the owner.
 */
final class AnvilPidFile {

	private static final String ANVIL = "anvil"; //$NON-NLS-1$
	private static final String OWNER = "owner"; //$NON-NLS-1$
	private static final String OWNER_STARTED = "ownerStarted"; //$NON-NLS-1$

	private final Path file;

	AnvilPidFile(Path file) {
		this.file = file;
	}

	/** @param owner 0 for an anvil no process owns */
	record Entry(long anvil, long owner, String ownerStarted) {

		boolean anvilAlive() {
			return ProcessHandle.of(anvil).map(ProcessHandle::isAlive).orElse(false);
		}

		/** An owner was named and is gone: it ended without stopping anvil. */
		boolean abandoned() {
			if (owner == 0) {
				return false;
			}
			return ProcessHandle.of(owner).filter(ProcessHandle::isAlive)
					.map(p -> !ownerStarted.equals(started(p))).orElse(true);
		}
	}

	Optional<Entry> read() throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			p.load(in);
		}
		try {
			return Optional.of(new Entry(Long.parseLong(p.getProperty(ANVIL, "0")), //$NON-NLS-1$
					Long.parseLong(p.getProperty(OWNER, "0")), p.getProperty(OWNER_STARTED, ""))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException damaged) {
			return Optional.empty();
		}
	}

	/** @param owned whether this process owns the anvil, or no one does */
	void write(long anvil, boolean owned) throws IOException {
		ProcessHandle self = ProcessHandle.current();
		Properties p = new Properties();
		p.setProperty(ANVIL, String.valueOf(anvil));
		p.setProperty(OWNER, owned ? String.valueOf(self.pid()) : "0"); //$NON-NLS-1$
		p.setProperty(OWNER_STARTED, owned ? started(self) : ""); //$NON-NLS-1$
		Path written = file.resolveSibling(file.getFileName() + ".new"); //$NON-NLS-1$
		try (Writer out = Files.newBufferedWriter(written)) {
			p.store(out, null);
		}
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String started(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toString).orElse(""); //$NON-NLS-1$
	}
}
