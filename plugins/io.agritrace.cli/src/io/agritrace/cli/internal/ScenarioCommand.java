package io.agritrace.cli.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.chain.ChainException;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.service.ScenarioChain;
import io.agritrace.service.ScenarioRunner;
import io.agritrace.store.TraceStore;

/**
 * {@code scenario [chain options]}: the guided scenario told to officials, run
 * to its end headless, a line per step: a rice lot recorded from the Meihekou
 * paddy field to two Changchun shops, each step anchored as it happens; a
 * stored receipt edited in the database, which verification finds; the paddy
 * recalled, every shop found with its kilograms; the edit put back. Like
 * the workbench, it starts the managed local chain when none runs, and stops
 * it at the end. Exit 0 only when the edit was found and the recall list is
 * complete, 3 otherwise.
 */
final class ScenarioCommand implements CliCommand {

	static final int STORY_BROKEN = 3;
	private static final String WHAT = "agritrace-cli scenario"; //$NON-NLS-1$

	@Override
	public String name() {
		return "scenario"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Scenario_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		GuidedScenario story = new GuidedScenario(context.clock(),
				Long.toString(context.clock().millis() / 1000, 36).toUpperCase(Locale.ROOT));
		try (TraceStore store = context.openStore();
				ChainConnection connection = chain.open(store);
				PublisherLock lock = connection.session().lock(WHAT, Duration.ofMinutes(1), () -> false)) {
			boolean holds = new ScenarioRunner(store, ScenarioChain.of(connection.session()), story, context.language())
					.runAll(told -> say(context, told));
			context.out().println(holds ? Texts.Scenario_done.text(context.language()) : Texts.Scenario_failed.text(context.language()));
			return holds ? CliContext.OK : STORY_BROKEN;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		} catch (PublisherLock.HeldException e) {
			context.err().println(Texts.Publish_lockHeld.text(context.language(), e.holder()));
			return CliContext.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CliContext.FAILED;
		}
	}

	/** A step as it ends: its number, narration and outcome, and the recall's shops each on a line. */
	private static void say(CliContext context, ScenarioRunner.Told told) {
		context.out().println(Texts.Scenario_step.text(context.language(),
				new Object[] { told.step().ordinal() + 1, told.narration(), told.outcome() }));
		for (ScenarioRunner.Shop shop : told.shops()) {
			context.out().println("  " + shop.name() + '\t' + shop.contact() + '\t' + shop.kg().toPlainString() //$NON-NLS-1$
					+ " kg"); //$NON-NLS-1$
		}
	}
}
