package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.trace.RecallImpact;
import io.agritrace.service.Exports;
import io.agritrace.service.Recalls;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.store.TraceStore;

/**
 * {@code recall CODE [--csv FILE] [--drill]}: every place the lot or anything
 * made from it reached, with the holder, its telephone, how the lot came (in
 * words), the kilograms that came and those still held, most first; with
 * {@code --csv} the regulator's spreadsheet too, and with {@code --drill} the
 * run logged as a mock-recall drill (from reading the code to the written file).
 */
final class RecallCommand implements CliCommand {

	private static final String CSV = "--csv"; //$NON-NLS-1$
	private static final String DRILL = "--drill"; //$NON-NLS-1$

	@Override
	public String name() {
		return "recall"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Recall_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Instant started = context.clock().instant();
		Arguments args = new Arguments(name(), arguments, Set.of(DRILL), Set.of(CSV), 1);
		String file = args.option(CSV, null);
		if (args.flag(DRILL) && file == null) {
			throw new Arguments.UsageException(Texts.Recall_drillNeedsCsv.with());
		}
		try (TraceStore store = context.openStore()) {
			String item = LotArgument.lot(store, args.positional(0), context);
			Recalls recalls = new Recalls(store);
			Recalls.RecallList list = recalls.list(item, context.language());
			RecallImpact recall = list.impact();
			context.out().println(Texts.Recall_title.text(context.language(), new Object[] { item, recall.recipients().size(),
					recall.parties().size(), plain(recall.heldKg()) }));
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of(Texts.Recall_header.text(context.language()).split("\t"))); //$NON-NLS-1$
			for (Recalls.Line line : list.lines()) {
				RecallImpact.Recipient r = line.recipient();
				rows.add(List.of(line.party(), line.contact(), line.location(), r.item(), r.how().label(context.language()),
						plain(r.receivedKg()), plain(r.heldKg())));
			}
			Columns.tabbed(rows).forEach(context.out()::println);
			if (file != null) {
				try (OutputStream out = Files.newOutputStream(Path.of(file))) {
					new Exports(store).recall(item, out, context.language());
				}
				context.out().println(Texts.Recall_written.text(context.language(), file));
			}
			if (args.flag(DRILL)) {
				RecallDrillRepository.Drill drill = recalls.logDrill(recall, started, context.clock().instant());
				context.out().println(Texts.Recall_drillLogged.text(context.language(), drill.duration().toMillis()));
			}
		}
		return CliContext.OK;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}
}
