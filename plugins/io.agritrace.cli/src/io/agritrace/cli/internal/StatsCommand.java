package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.agritrace.store.TraceStore;

/** {@code stats}: what the workspace holds, as "name: value" lines in the command's language, the values lined up. */
final class StatsCommand implements CliCommand {

	/** The names of the store's statistics. */
	private static final Map<String, Texts> NAMES = Map.of("batches", Texts.Stats_batches, //$NON-NLS-1$
			"events", Texts.Stats_events, "events_imported", Texts.Stats_eventsImported, //$NON-NLS-1$ //$NON-NLS-2$
			"events_flagged", Texts.Stats_eventsFlagged, "parties", Texts.Stats_parties, //$NON-NLS-1$ //$NON-NLS-2$
			"parties_external", Texts.Stats_partiesExternal, "locations", Texts.Stats_locations, //$NON-NLS-1$ //$NON-NLS-2$
			"products", Texts.Stats_products, "anchors_pending", Texts.Stats_anchorsPending, //$NON-NLS-1$ //$NON-NLS-2$
			"anchors_anchored", Texts.Stats_anchorsAnchored); //$NON-NLS-1$

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
			Map<String, Long> stats = store.statistics();
			int width = Columns.widest(stats.keySet().stream().map(k -> label(k, context.language())).toList());
			stats.forEach((key, value) -> context.out().println(Columns.pad(label(key, context.language()), width) + value));
		}
		return CliContext.OK;
	}

	/** "batches: ": a statistic's name in the language (one this command does not know yet by its key), and a colon. */
	private static String label(String key, Locale language) {
		Texts name = NAMES.get(key);
		return (name == null ? key : name.text(language)) + ": "; //$NON-NLS-1$
	}
}
