package io.agritrace.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.store.StoreException;

/**
 * {@code compact}: rewrites the workspace database without the free space that
 * bulk imports leave behind; prints the file's size before and after.
 */
final class CompactCommand implements CliCommand {

	@Override
	public String name() {
		return "compact"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Compact_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		new Arguments(name(), arguments, Set.of(), Set.of(), 0);
		Path file = context.databaseFile();
		long before = Files.size(file);
		try {
			context.openStore().compact();
		} catch (StoreException e) {
			context.err().println(Texts.Cli_failed.text(context.language(), name(), e.text(context.language())));
			return CliContext.FAILED;
		}
		context.out().println(Texts.Compact_done.text(context.language(), mb(before), mb(Files.size(file))));
		return CliContext.OK;
	}

	private static String mb(long bytes) {
		return String.format("%.1f", bytes / 1_048_576.0); //$NON-NLS-1$
	}
}
