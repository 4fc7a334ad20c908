package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;

/** Prints the AgriTrace version, from this bundle's own version. */
final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Version_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		new Arguments(name(), arguments, Set.of(), Set.of(), 0);
		context.out().println("AgriTrace " + FrameworkUtil.getBundle(getClass()).getVersion()); //$NON-NLS-1$
		return CliContext.OK;
	}
}
