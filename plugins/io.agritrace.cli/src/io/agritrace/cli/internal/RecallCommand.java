package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.trace.RecallLine;
import io.agritrace.store.TraceStore;

/**
 * {@code recall CODE}: who received the lot or anything made from it, where,
 * and how much, largest first.
 */
final class RecallCommand implements CliCommand {

	@Override
	public String name() {
		return "recall"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Recall_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(), 1);
		Locale language = DisplayLanguage.current();
		try (TraceStore store = context.openStore()) {
			String item = store.codes().resolve(args.positional(0));
			List<RecallLine> lines = store.traces().recall(item);
			context.out().println(NLS.bind(Messages.Recall_title, item, lines.size()));
			context.out().println(String.join("\t", "party", "location", "item", "quantity", "uom")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			for (RecallLine line : lines) {
				context.out().println(String.join("\t", //$NON-NLS-1$
						line.party() == null ? "" : store.masterData().partyName(line.party(), language), //$NON-NLS-1$
						line.location() == null ? "" : store.masterData().locationName(line.location(), language), //$NON-NLS-1$
						line.item(), line.quantity() == null ? "" : line.quantity().toPlainString(), //$NON-NLS-1$
						line.uom() == null ? "" : line.uom())); //$NON-NLS-1$
			}
		}
		return CliContext.OK;
	}
}
