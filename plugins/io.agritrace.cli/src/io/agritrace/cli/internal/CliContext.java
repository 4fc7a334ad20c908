package io.agritrace.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.UnaryOperator;

import io.agritrace.chain.LocalChain;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.service.Naming;
import io.agritrace.store.RulesBrokenException;
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
	private final UnaryOperator<String> environment;
	private final Locale language;
	private final Clock clock;

	/**
	 * @param language what the command speaks: the launcher's {@code -nl}
	 * @param clock    now, in the workspace's zone: the offset of what is recorded here, the zone of what is written
	 */
	CliContext(PrintStream out, PrintStream err, Path workspace, UnaryOperator<String> environment, Locale language,
			Clock clock) {
		this.out = out;
		this.err = err;
		this.workspace = workspace;
		this.environment = environment;
		this.language = language;
		this.clock = clock;
	}

	/** The language names and texts are given in. */
	Locale language() {
		return language;
	}

	/** Now, in the workspace's zone. */
	Clock clock() {
		return clock;
	}

	/** The workspace's zone, in which times are written. */
	ZoneId zone() {
		return clock.getZone();
	}

	/** An environment variable (where keys come from), or null. */
	String environment(String name) {
		return environment.apply(name);
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	Path workspace() {
		return workspace;
	}

	/** The workspace's managed local chain on this port. */
	LocalChain localChain(int port) {
		return LocalChain.inWorkspace(workspace, port);
	}

	/** The workspace's H2 database file. */
	Path databaseFile() {
		Path base = TraceStore.workspaceDatabase(workspace);
		return base.resolveSibling(base.getFileName() + ".mv.db"); //$NON-NLS-1$
	}

	/** Opens the workspace store; the caller closes it. */
	TraceStore openStore() {
		return TraceStore.openWorkspace(workspace, clock);
	}

	/** Prints each rule a write broke, naming what it quotes as people know it, and says the command failed. */
	int refused(RulesBrokenException refusal, TraceStore store) {
		Naming naming = new Naming(store, language());
		for (RuleViolation v : refusal.violations()) {
			err().println(v.named(naming::anything).rule(language()));
		}
		return FAILED;
	}
}
