package io.agritrace.cli.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.demo.GuidedScenario.Step;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.TraceStore;

/**
 * {@code scenario [chain options]}: the guided scenario told to officials, run
 * to its end headless, a line per step: a rice lot recorded from the Meihekou
 * paddy field to two Changchun shops, each step anchored as it happens; a
 * stored receipt edited in the database, which verification finds; the paddy
 * recalled, every shop found with its kilograms; the edit put back. Exit 0
 * only when the edit was found and the recall list is complete, 3 otherwise.
 */
final class ScenarioCommand implements CliCommand {

	static final int STORY_BROKEN = 3;
	private static final String WHAT = "agritrace-cli scenario"; //$NON-NLS-1$

	private final Clock clock;

	ScenarioCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "scenario"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Scenario_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		GuidedScenario story = new GuidedScenario(clock, Long.toString(clock.millis() / 1000, 36).toUpperCase(Locale.ROOT));
		try (TraceStore store = context.openStore();
				AnchoringSession session = chain.join(store, ChainConnection.Signing.RECORDER);
				PublisherLock lock = session.lock(WHAT, Duration.ofMinutes(1), () -> false)) {
			GuidedScenario.registerMasterData(store);
			for (Step step : List.of(Step.REGISTER, Step.PROCESS, Step.COLD_SHIPMENT, Step.INSPECTION, Step.RETAIL)) {
				int recorded = story.record(store, step);
				AnchorPublisher.Result anchored = session.publish(() -> false);
				say(context, step, NLS.bind(Messages.Scenario_recorded, recorded, anchored.anchored()));
			}
			boolean found = tamperAndVerify(store, session, story, context);
			boolean complete = recall(store, story, context);
			story.restore(store);
			long altered = session.verify(story.rice().code()).stream()
					.filter(v -> v.state() == Verification.State.MISMATCH).count();
			say(context, Step.RESET, NLS.bind(Messages.Scenario_reset, altered));
			say(context, null, found && complete ? Messages.Scenario_done : Messages.Scenario_failed);
			return found && complete ? CliContext.OK : STORY_BROKEN;
		} catch (ChainException e) {
			context.err().println(NLS.bind(Messages.Chain_failed, e.getMessage()));
			return CliContext.FAILED;
		} catch (PublisherLock.HeldException e) {
			context.err().println(NLS.bind(Messages.Publish_lockHeld, e.holder()));
			return CliContext.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CliContext.FAILED;
		}
	}

	/** Edits the cold store's receipt as an insider would, then verifies the rice: only that record may be altered. */
	private static boolean tamperAndVerify(TraceStore store, AnchoringSession session, GuidedScenario story,
			CliContext context) throws ChainException {
		int edited = story.tamper(store);
		List<Verification> verdicts = session.verify(story.rice().code());
		List<Verification> altered = verdicts.stream().filter(v -> v.state() == Verification.State.MISMATCH).toList();
		boolean found = edited == 1 && altered.size() == 1 && altered.get(0).hashId().equals(story.tampered().hashId());
		CreditCounts cold = store.credit().all(CreditPolicy.DEFAULTS).getOrDefault(JilinMasterData.CHANGCHUN_COLD.uri(),
				CreditCounts.NONE);
		say(context, Step.TAMPER, NLS.bind(Messages.Scenario_tampered, new Object[] { story.tampered().hashId(),
				altered.size(), verdicts.size(), cold.mismatches() }));
		return found && cold.mismatches() >= 1;
	}

	/** Recalls the paddy: every shop the story supplied must be listed with the kilograms it received. */
	private static boolean recall(TraceStore store, GuidedScenario story, CliContext context) {
		long started = System.nanoTime();
		RecallImpact recall = store.traces().recall(story.paddy().code());
		long ms = (System.nanoTime() - started) / 1_000_000;
		Locale language = DisplayLanguage.current();
		boolean complete = true;
		for (Map.Entry<String, BigDecimal> shop : story.received(recall).entrySet()) {
			complete &= shop.getValue().compareTo(story.shops().get(shop.getKey())) == 0;
			context.out().println("  " + store.masterData().partyName(shop.getKey(), language) + '\t' //$NON-NLS-1$
					+ store.masterData().contact(shop.getKey()).orElse("") + '\t' + shop.getValue().toPlainString() + " kg"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		say(context, Step.RECALL, NLS.bind(Messages.Scenario_recalled, new Object[] { recall.recipients().size(),
				recall.parties().size(), ms }));
		return complete;
	}

	private static void say(CliContext context, Step step, String outcome) {
		context.out().println(step == null ? outcome
				: NLS.bind(Messages.Scenario_step, new Object[] { step.ordinal() + 1, GuidedScenario.narration(step), outcome }));
	}
}
