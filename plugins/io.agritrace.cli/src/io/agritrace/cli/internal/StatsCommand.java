package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.agritrace.store.TraceStore;

/** {@code stats}: what the workspace holds, as "name: value" lines. */
final class StatsCommand implements CliCommand {

	@Override
	public String name() {
		return "stats"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Stats_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		new Arguments(name(), arguments, Set.of(), Set.of(), 0);
		try (TraceStore store = context.openStore()) {
			for (Map.Entry<String, Long> stat : store.statistics().entrySet()) {
				context.out().println(stat.getKey() + ": " + stat.getValue()); //$NON-NLS-1$
			}
		}
		return CliContext.OK;
	}
}
