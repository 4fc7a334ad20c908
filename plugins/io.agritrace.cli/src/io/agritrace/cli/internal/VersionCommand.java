package io.agritrace.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

/** Prints the AgriTrace version, from this bundle's own version. */
final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Version_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		if (!arguments.isEmpty()) {
			context.err().println(NLS.bind(Messages.Cli_noArguments, name()));
			return CliContext.USAGE;
		}
		context.out().println("AgriTrace " + FrameworkUtil.getBundle(getClass()).getVersion()); //$NON-NLS-1$
		return CliContext.OK;
	}
}
