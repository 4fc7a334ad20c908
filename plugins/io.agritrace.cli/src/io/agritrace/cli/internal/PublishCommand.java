package io.agritrace.cli.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.AnchoringRound;
import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.CustodySync;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;

/**
 * {@code publish --contract ADDRESS [--rpc-url URL]}: one anchoring round
 * ({@link AnchoringRound}, as the workbench runs every few seconds) with the
 * recorder key from {@value EnvironmentSecrets#RECORDER_KEY} or a keystore:
 * reconciles, anchors the outbox on chain in batches, makes the chain's
 * custody record follow the shipments and receipts that the recorder's
 * organisation signs (every organisation's, on the managed local chain), and
 * verifies what it anchored.
 */
final class PublishCommand implements CliCommand {

	private static final String WHAT = "agritrace-cli publish"; //$NON-NLS-1$
	/** How long a publish waits for another publisher of the workspace's account to finish. */
	private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

	@Override
	public String name() {
		return "publish"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Publish_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		try (TraceStore store = context.openStore();
				AnchoringSession session = chain.join(store, ChainConnection.Signing.RECORDER);
				PublisherLock lock = lock(session, context)) {
			AnchoringRound.Result round = new AnchoringRound(session, Integer.MAX_VALUE).run(() -> false);
			AnchorPublisher.Result result = round.published();
			context.out().println(Texts.Publish_done.text(context.language(),
					new Object[] { result.anchored(), result.transactions(), result.failed() }));
			if (round.reconciled() > 0) {
				context.out().println(Texts.Publish_reconciled.text(context.language(), round.reconciled()));
			}
			if (round.custody().isEmpty()) {
				context.out().println(Texts.Publish_noOrganisation.text(context.language(), session.account()));
			} else {
				CustodySync.Result synced = round.custody().get();
				context.out().println(Texts.Publish_custody.text(context.language(),
						new Object[] { synced.synced(), synced.refused(), synced.waiting(), synced.others() }));
			}
			if (result.anchored() > 0) {
				context.out().println(Texts.Publish_verified.text(context.language(),
						new Object[] { round.verified(), result.anchored(), round.mismatches() }));
			}
			if (result.failed() > 0) {
				context.err().println(Texts.Chain_failed.text(context.language(), result.lastError()));
				return CliContext.FAILED;
			}
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(Texts.Publish_interrupted.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		} catch (PublisherLock.HeldException e) {
			context.err().println(Texts.Publish_lockHeld.text(context.language(), e.holder()));
			return CliContext.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CliContext.FAILED;
		}
	}

	/** The publisher lock; while another publisher (the application, say) holds it, says who and waits. */
	private static PublisherLock lock(AnchoringSession session, CliContext context)
			throws IOException, PublisherLock.HeldException, InterruptedException {
		try {
			return session.lock(WHAT, Duration.ZERO, () -> false);
		} catch (PublisherLock.HeldException held) {
			context.err().println(Texts.Publish_waiting.text(context.language(), held.holder()));
			return session.lock(WHAT, LOCK_WAIT, () -> false);
		}
	}
}
