package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.ChainStatusText;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.LocalChain;
import io.agritrace.store.TraceStore;

/**
 * {@code chain start|stop|status [--port N]}: the managed local chain (anvil,
 * state in the workspace, contract deployed on its first start); stop ends
 * the workspace's anvil whatever its port.
 */
final class ChainCommand implements CliCommand {

	@Override
	public String name() {
		return "chain"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.ChainCommand_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of("--port"), 1); //$NON-NLS-1$
		int port = args.intOption(name(), "--port", LocalChain.DEFAULT_PORT); //$NON-NLS-1$
		LocalChain chain = context.localChain(port);
		try {
			switch (args.positional(0)) {
			case "start" -> { //$NON-NLS-1$
				LocalChain.Running running = chain.start(LocalChain.Lifetime.DETACHED);
				if (running.start() == LocalChain.Start.TOOK_OVER) {
					context.out().println(Texts.ChainCommand_tookOver.text(context.language(), String.valueOf(running.pid())));
				}
				context.out().println(Texts.ChainCommand_started.text(context.language(), chain.rpcUrl(), running.contract()));
			}
			case "stop" -> //$NON-NLS-1$
				context.out().println((chain.stop() ? Texts.ChainCommand_stopped : Texts.ChainCommand_notRunning).text(context.language()));
			case "status" -> { //$NON-NLS-1$
				try (TraceStore store = context.openStore()) {
					context.out().println("node: " //$NON-NLS-1$
							+ ChainStatusText.line(ChainConnection.localStatus(context.workspace(), port), context.language()));
					context.out().println("contract: " + chain.contract().orElse("-")); //$NON-NLS-1$ //$NON-NLS-2$
					context.out().println("anchors_pending: " + store.statistics().get("anchors_pending")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			default -> throw new Arguments.UsageException(Texts.ChainCommand_actions.with(args.positional(0)));
			}
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CliContext.FAILED;
		}
	}
}
