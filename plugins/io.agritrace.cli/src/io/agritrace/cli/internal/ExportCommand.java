package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.service.Exports;
import io.agritrace.store.TraceStore;

/**
 * {@code export CODE [--spreadsheet] [--output FILE]}: the whole trace of a lot
 * as an EPCIS 2.0 JSON-LD document that re-imports to the same Event Hash IDs,
 * or as the regulator's spreadsheet of key data elements (CSV).
 */
final class ExportCommand implements CliCommand {

	private static final String SPREADSHEET = "--spreadsheet"; //$NON-NLS-1$
	private static final String OUTPUT = "--output"; //$NON-NLS-1$

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Export_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(SPREADSHEET), Set.of(OUTPUT), 1);
		String file = args.option(OUTPUT, null);
		try (TraceStore store = context.openStore()) {
			String item = LotArgument.lot(store, args.positional(0), context);
			if (file == null) {
				write(new Exports(store), item, args.flag(SPREADSHEET), context.out(), context.language());
				context.out().println();
			} else {
				try (OutputStream out = Files.newOutputStream(Path.of(file))) {
					write(new Exports(store), item, args.flag(SPREADSHEET), out, context.language());
				}
			}
		}
		return CliContext.OK;
	}

	private static void write(Exports exports, String item, boolean spreadsheet, OutputStream out, Locale language)
			throws IOException {
		if (spreadsheet) {
			exports.spreadsheet(item, out, language);
		} else {
			exports.epcis(item, out, () -> false);
		}
	}
}
