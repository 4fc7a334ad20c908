package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;

/**
 * {@code verify CODE|--all --contract ADDRESS [--rpc-url URL]}: every event of
 * the trace (or of the store), recomputed from the database and compared with
 * its anchor, and every event anchored for the trace's lots that the database
 * lacks; the verdicts are kept in the store. Exit 0
 * when all are verified, 3 when any is MISMATCH or NOT_IN_DATABASE (the
 * database's history differs from the chain's), 4 when any is pending or not
 * on chain.
 */
final class VerifyCommand implements CliCommand {

	private static final String ALL = "--all"; //$NON-NLS-1$
	static final int MISMATCH = 3;
	static final int NOT_ANCHORED = 4;

	@Override
	public String name() {
		return "verify"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Verify_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		boolean all = arguments.contains(ALL);
		Arguments args = new Arguments(name(), arguments, Set.of(ALL), ChainOptions.NAMES, all ? 0 : 1);
		ChainOptions chain = new ChainOptions(name(), args, context);
		try (TraceStore store = context.openStore();
				AnchoringSession session = chain.join(store, ChainConnection.Signing.READ_ONLY)) {
			if (all) {
				return verifyAll(session, context);
			}
			List<Verification> verdicts = session.verify(LotArgument.lot(store, args.positional(0), context));
			for (Verification v : verdicts) {
				context.out().println(String.join("\t", v.state().name(), v.hashId().toString(), //$NON-NLS-1$
						v.block() == null ? "" : v.block().toString(), v.transaction() == null ? "" //$NON-NLS-1$ //$NON-NLS-2$
								: v.transaction().hex()));
			}
			if (verdicts.stream().anyMatch(v -> v.state() == Verification.State.MISMATCH
					|| v.state() == Verification.State.NOT_IN_DATABASE)) {
				return MISMATCH;
			}
			return verdicts.stream().allMatch(v -> v.state() == Verification.State.VERIFIED) ? CliContext.OK : NOT_ANCHORED;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		}
	}

	/** Every stored event: a line per verdict with its count, then each altered event. */
	private static int verifyAll(AnchoringSession session, CliContext context) throws ChainException {
		Map<Verification.State, Integer> counts = session.verifyAll(done -> true);
		counts.forEach((state, count) -> context.out().println(state.name() + '\t' + count));
		if (counts.containsKey(Verification.State.MISMATCH)) {
			return MISMATCH;
		}
		return counts.keySet().stream().allMatch(s -> s == Verification.State.VERIFIED) ? CliContext.OK : NOT_ANCHORED;
	}
}
