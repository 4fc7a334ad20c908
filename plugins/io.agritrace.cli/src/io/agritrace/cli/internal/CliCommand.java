package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** One sub-command of {@code agritrace-cli}. */
interface CliCommand {

	/** What the user types, e.g. {@code list}. */
	String name();

	/** One line for the usage text, in the language. */
	String summary(Locale language);

	/** What {@code help COMMAND} prints: the summary, then the fields and rules where the command takes any. */
	default String help(Locale language) {
		return summary(language);
	}

	/**
	 * @return the process exit code: {@link CliContext#OK} or one of the error
	 *         codes, with the reason already written to standard error
	 */
	int run(List<String> arguments, CliContext context) throws IOException;
}
