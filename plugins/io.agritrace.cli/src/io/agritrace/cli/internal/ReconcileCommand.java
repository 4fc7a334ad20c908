package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.chain.ChainException;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;

/**
 * {@code reconcile [chain options]}: marks every pending event that the chain
 * already holds as anchored, sending nothing — a fresh installation rebuilds
 * its anchor states from the chain alone.
 */
final class ReconcileCommand implements CliCommand {

	@Override
	public String name() {
		return "reconcile"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Reconcile_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		try (TraceStore store = context.openStore();
				AnchoringSession session = chain.join(store, ChainConnection.Signing.READ_ONLY)) {
			int found = session.reconcile(() -> false).size();
			Map<OutboxState, Long> states = store.outbox().countsByState();
			context.out()
					.println(Texts.Reconcile_done.text(context.language(), found,
							states.get(OutboxState.PENDING) + states.get(OutboxState.FAILED)));
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		}
	}
}
