package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.store.EventImporter;
import io.agritrace.store.TraceStore;

/**
 * {@code import FILE [--strict]}: stores an EPCIS 2.0 JSON-LD document, all or
 * nothing. Events that break a custody rule are stored and flagged, or with
 * {@code --strict} refuse the whole document.
 */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Import_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of("--strict"), Set.of(), 1); //$NON-NLS-1$
		try (TraceStore store = context.openStore();
				InputStream in = Files.newInputStream(Path.of(args.positional(0)))) {
			EventImporter.Result result = store.importer().importDocument(in, args.flag("--strict"), () -> false); //$NON-NLS-1$
			context.out().println(NLS.bind(Messages.Import_done, new Object[] { result.inserted(), result.duplicates(),
					result.declared(), result.warnings().size() }));
			result.warnings().forEach(w -> context.out().println(NLS.bind(Messages.Import_warning, w)));
		}
		return CliContext.OK;
	}
}
