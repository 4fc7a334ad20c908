package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.store.TraceStore;

/**
 * {@code recall CODE [--csv FILE] [--drill]}: every place the lot or anything
 * made from it reached, with the holder, its telephone, the kilograms that came
 * and those still held, most first; with {@code --csv} the regulator's
 * spreadsheet too, and with {@code --drill} the run logged as a mock-recall
 * drill (from reading the code to the written file).
 */
final class RecallCommand implements CliCommand {

	private static final String CSV = "--csv"; //$NON-NLS-1$
	private static final String DRILL = "--drill"; //$NON-NLS-1$

	private final Clock clock;

	RecallCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "recall"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Recall_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Instant started = clock.instant();
		Arguments args = new Arguments(name(), arguments, Set.of(DRILL), Set.of(CSV), 1);
		String file = args.option(CSV, null);
		if (args.flag(DRILL) && file == null) {
			throw new Arguments.UsageException(Messages.Recall_drillNeedsCsv);
		}
		Locale language = DisplayLanguage.current();
		try (TraceStore store = context.openStore()) {
			String item = store.codes().resolve(args.positional(0));
			RecallImpact recall = store.traces().recall(item);
			context.out().println(NLS.bind(Messages.Recall_title, new Object[] { item, recall.recipients().size(),
					recall.parties().size(), plain(recall.heldKg()) }));
			context.out().println(String.join("\t", "party", "contact", "location", "item", "received_kg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"held_kg")); //$NON-NLS-1$
			for (RecallImpact.Recipient r : recall.recipients()) {
				context.out().println(String.join("\t", //$NON-NLS-1$
						r.party() == null ? "" : store.masterData().partyName(r.party(), language), //$NON-NLS-1$
						r.party() == null ? "" : store.masterData().contact(r.party()).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
						r.location() == null ? "" : store.masterData().locationName(r.location(), language), //$NON-NLS-1$
						r.item(), plain(r.receivedKg()),
						plain(r.heldKg())));
			}
			if (file != null) {
				try (OutputStream out = Files.newOutputStream(Path.of(file))) {
					store.exports().recall(recall, out, language);
				}
				context.out().println(NLS.bind(Messages.Recall_written, file));
			}
			if (args.flag(DRILL)) {
				RecallDrillRepository.Drill drill = new RecallDrillRepository.Drill(item, started, clock.instant(),
						recall.recipients().size(), recall.parties().size(), recall.heldKg());
				store.drills().record(drill);
				context.out().println(NLS.bind(Messages.Recall_drillLogged, drill.duration().toMillis()));
			}
		}
		return CliContext.OK;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}
}
