package io.agritrace.cli.internal;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.text.Localized;
import io.agritrace.service.WorkspaceZone;

/**
 * {@code agritrace-cli COMMAND [ARGS]}: the same bundles as the workbench,
 * without a display, for scripts, benchmarks and servers.
 */
public final class CliApplication implements IApplication {

	/** Asked for, the usage is the output and not an error. */
	private static final Set<String> HELP = Set.of("help", "--help", "-h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	public CliApplication() {
		for (CliCommand c : List.of(new ListCommand(), new RegisterCommand(), new EditCommand(),
				new MasterDataCommand(MasterDataCommand.Verb.DEACTIVATE), new MasterDataCommand(MasterDataCommand.Verb.REACTIVATE),
				new MasterDataCommand(MasterDataCommand.Verb.DELETE), new MasterDataCommand(MasterDataCommand.Verb.HISTORY),
				new RecordCommand(), new CorrectCommand(),
				new ImportCommand(), new ExportCommand(), new HashCommand(), new TraceCommand(), new RecallCommand(),
				new CreditCommand(), new ScenarioCommand(),
				new GenerateCommand(),
				new StatsCommand(), new CompactCommand(), new ChainCommand(), new KeystoreCommand(), new DeployCommand(),
				new PublishCommand(), new ReconcileCommand(), new VerifyCommand(), new VersionCommand())) {
			commands.put(c.name(), c);
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return run(args == null ? List.of() : Arrays.asList(args), out, err, workspace(), System::getenv);
	}

	/** Runs one command line; returns the exit code. */
	int run(List<String> args, PrintStream out, PrintStream err, Path workspace, UnaryOperator<String> environment) {
		Locale language = DisplayLanguage.current();
		if (args.size() == 1 && HELP.contains(args.get(0))) {
			out.println(usage(language));
			return CliContext.OK;
		}
		if (args.size() == 2 && HELP.contains(args.get(0)) && commands.containsKey(args.get(1))) {
			out.println(commands.get(args.get(1)).help(language));
			return CliContext.OK;
		}
		if (args.isEmpty() || !commands.containsKey(args.get(0))) {
			if (!args.isEmpty()) {
				err.println(Texts.Cli_unknownCommand.text(language, args.get(0)));
			}
			err.println(usage(language));
			return CliContext.USAGE;
		}
		try {
			return commands.get(args.get(0)).run(args.subList(1, args.size()),
					new CliContext(out, err, workspace, environment, language, WorkspaceZone.clock()));
		} catch (Arguments.UsageException e) {
			err.println(e.text(language));
			return CliContext.USAGE;
		} catch (IOException | RuntimeException e) {
			err.println(Texts.Cli_failed.text(language, args.get(0), e instanceof Localized explained ? explained.text(language)
					: e.getMessage() == null ? e : e.getMessage()));
			return CliContext.FAILED;
		}
	}

	String usage(Locale language) {
		StringBuilder text = new StringBuilder(Texts.Cli_usage.text(language));
		commands.values().forEach(c -> text.append("\n  ").append(c.summary(language))); //$NON-NLS-1$
		return text.toString();
	}

	/** The launcher's {@code -data} folder. */
	private static Path workspace() {
		Location location = Platform.getInstanceLocation();
		return new File(location.getURL().getFile()).toPath();
	}

	@Override
	public void stop() {
		// Commands are short and end by themselves.
	}
}
