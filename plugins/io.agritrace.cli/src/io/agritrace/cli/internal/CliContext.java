package io.agritrace.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import io.agritrace.store.TraceStore;

/** What a command may use: output streams and the workspace it runs on. */
final class CliContext {

	static final int OK = 0;
	/** The command ran and failed, e.g. the database could not be opened. */
	static final int FAILED = 1;
	/** The command line was wrong. */
	static final int USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final Path workspace;

	CliContext(PrintStream out, PrintStream err, Path workspace) {
		this.out = out;
		this.err = err;
		this.workspace = workspace;
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	/** Opens the workspace store; the caller closes it. */
	TraceStore openStore() {
		return TraceStore.openWorkspace(workspace);
	}
}
