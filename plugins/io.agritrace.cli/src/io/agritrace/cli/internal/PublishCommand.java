package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;

/**
 * {@code publish --contract ADDRESS [--rpc-url URL]}: anchors the outbox on
 * chain in batches, with the recorder key from {@value ChainOptions#RECORDER_KEY}.
 */
final class PublishCommand implements CliCommand {

	@Override
	public String name() {
		return "publish"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Publish_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		try (TraceStore store = context.openStore();
				AnchorLedger ledger = chain.ledger(context, chain.recorderKey(context))) {
			AnchorPublisher.Result result = new AnchorPublisher(store.outbox(), ledger).publish(() -> false);
			context.out().println(NLS.bind(Messages.Publish_done,
					new Object[] { result.anchored(), result.transactions(), result.failed() }));
			if (result.failed() > 0) {
				context.err().println(NLS.bind(Messages.Chain_failed, result.lastError()));
				return CliContext.FAILED;
			}
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(NLS.bind(Messages.Publish_interrupted, e.getMessage()));
			return CliContext.FAILED;
		}
	}
}
