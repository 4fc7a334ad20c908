package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.demo.GeneratedData;
import io.agritrace.store.TraceStore;

/**
 * {@code generate [--chains N] [--seed S] [--days D]}: realistic Jilin supply
 * chains (rice, ginseng, cattle) into the workspace, whole chains per transaction.
 */
final class GenerateCommand implements CliCommand {

	@Override
	public String name() {
		return "generate"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Generate_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(),
				Set.of("--chains", "--seed", "--days"), 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int chains = args.intOption(name(), "--chains", 10); //$NON-NLS-1$
		int seed = args.intOption(name(), "--seed", 2020); //$NON-NLS-1$
		int days = args.intOption(name(), "--days", 365); //$NON-NLS-1$
		try (TraceStore store = context.openStore()) {
			GeneratedData.Counts counts = GeneratedData.generate(store, seed, context.clock(), days, chains);
			context.out().println(Texts.Generate_done.text(context.language(), counts.batches(), counts.events()));
		}
		return CliContext.OK;
	}
}
