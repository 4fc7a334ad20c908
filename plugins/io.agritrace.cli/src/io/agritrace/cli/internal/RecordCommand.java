package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EpcisEventReader;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.store.TraceStore;

/**
 * {@code record FILE}: records one event (an EPCIS 2.0 event object in JSON)
 * made here. It must follow GS1's schema, break no custody rule and name only
 * registered parties, locations and products; prints its Event Hash ID.
 */
final class RecordCommand implements CliCommand {

	@Override
	public String name() {
		return "record"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Record_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(), 1);
		EpcisEvent event;
		try (InputStream in = Files.newInputStream(Path.of(args.positional(0)))) {
			event = EpcisEventReader.read(in);
		}
		try (TraceStore store = context.openStore()) {
			try {
				if (store.importer().record(event).inserted() == 0) {
					context.err().println(Texts.Record_duplicate.text(context.language()));
				}
				context.out().println(event.hashId());
				return CliContext.OK;
			} catch (RulesBrokenException e) {
				return context.refused(e, store);
			}
		}
	}
}
