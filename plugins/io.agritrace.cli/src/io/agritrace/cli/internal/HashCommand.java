package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisEvent;

/**
 * {@code hash FILE [--prehash]}: the GS1 Event Hash ID of every event of an
 * EPCIS document, one per line in document order; an auditor's tool that needs
 * no workspace.
 */
final class HashCommand implements CliCommand {

	@Override
	public String name() {
		return "hash"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Hash_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of("--prehash"), Set.of(), 1); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(Path.of(args.positional(0)));
				EpcisDocumentReader reader = new EpcisDocumentReader(in)) {
			while (reader.hasNext()) {
				EpcisEvent event = reader.next();
				context.out().println(event.hashId());
				if (args.flag("--prehash")) { //$NON-NLS-1$
					context.out().println(event.preHash());
				}
			}
		}
		return CliContext.OK;
	}
}
