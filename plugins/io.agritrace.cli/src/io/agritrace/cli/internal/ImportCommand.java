package io.agritrace.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.csv.MasterDataCsv;
import io.agritrace.service.Naming;
import io.agritrace.store.CsvRejectedException;
import io.agritrace.store.EventImporter;
import io.agritrace.store.TraceStore;

/**
 * {@code import FILE [--strict]}: stores an EPCIS document (JSON-LD or XML), or a CSV
 * file of parties or batches, all or nothing. Events that break a custody rule are stored and flagged, or with
 * {@code --strict} refuse the whole document.
 */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Import_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of("--strict"), Set.of(), 1); //$NON-NLS-1$
		Path file = Path.of(args.positional(0));
		if (MasterDataCsv.isCsv(file)) {
			return importCsv(file, context);
		}
		try (TraceStore store = context.openStore(); InputStream in = Files.newInputStream(file)) {
			EventImporter.Result result = store.importer().importDocument(in, args.flag("--strict"), () -> false); //$NON-NLS-1$
			context.out().println(Texts.Import_done.text(context.language(), new Object[] { result.inserted(), result.duplicates(),
					result.declared(), result.warnings().size() }));
			Naming naming = new Naming(store, context.language());
			result.warnings().forEach(w -> context.out()
					.println(Texts.Import_warning.text(context.language(), w.named(naming::anything).text(context.language()))));
		}
		return CliContext.OK;
	}

	/** Parties or batches from CSV: all rows, or none and a line per bad row. */
	private static int importCsv(Path file, CliContext context) throws IOException {
		try (TraceStore store = context.openStore();
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			context.out().println(Texts.Import_csvDone.text(context.language(), store.importCsv(in)));
			return CliContext.OK;
		} catch (CsvRejectedException e) {
			e.errors().forEach(row -> context.err().println(row.text(context.language())));
			context.err().println(Texts.Import_csvRejected.text(context.language(), e.errors().size()));
			return CliContext.FAILED;
		}
	}
}
