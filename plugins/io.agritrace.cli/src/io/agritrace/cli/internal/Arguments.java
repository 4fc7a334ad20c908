package io.agritrace.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.text.Localized;

/**
 * A command's arguments: positionals, {@code --flag}s and {@code --option value}s,
 * checked against what the command declares.
 */
final class Arguments {

	/** A command line that does not fit the command; what is wrong reads in the command's language. */
	static final class UsageException extends RuntimeException implements Localized {
		private static final long serialVersionUID = 1L;

		private final transient Localized text;

		UsageException(Localized text) {
			super(text.text(Locale.ENGLISH));
			this.text = text;
		}

		@Override
		public String text(Locale language) {
			return text.text(language);
		}
	}

	private final List<String> positionals = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	/**
	 * @param flags   options without a value, e.g. "--json"
	 * @param valued  options with a value, e.g. "--seed"
	 * @param arity   exact number of positionals
	 */
	Arguments(String command, List<String> args, Set<String> flags, Set<String> valued, int arity) {
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (flags.contains(a)) {
				options.put(a, "true"); //$NON-NLS-1$
			} else if (valued.contains(a)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(Texts.Cli_optionNeedsValue.with(command, a));
				}
				options.put(a, args.get(++i));
			} else if (a.startsWith("--")) { //$NON-NLS-1$
				throw new UsageException(Texts.Cli_unknownOption.with(command, a));
			} else {
				positionals.add(a);
			}
		}
		if (positionals.size() != arity) {
			throw new UsageException(Texts.Cli_wrongArity.with(new Object[] { command, arity, positionals.size() }));
		}
	}

	String positional(int i) {
		return positionals.get(i);
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	int intOption(String command, String name, int fallback) {
		long value = longOption(command, name, fallback);
		if (value != (int) value) {
			throw new UsageException(Texts.Cli_notANumber.with(new Object[] { command, name, value }));
		}
		return (int) value;
	}

	long longOption(String command, String name, long fallback) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException(Texts.Cli_notANumber.with(new Object[] { command, name, value }));
		}
	}
}
