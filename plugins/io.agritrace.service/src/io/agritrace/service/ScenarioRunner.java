package io.agritrace.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.demo.GuidedScenario.Step;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;

/**
 * The one driver of the guided scenario told to officials, whether the CLI
 * runs it to its end or the workbench a step per click: each step's records
 * stored and anchored, the insider's edit and its verification, the recall,
 * and the edit put back with every lot of the story verified again; each step
 * told in one language as it ends.
 */
public final class ScenarioRunner {

	/**
	 * What a step did.
	 *
	 * @param narration what the step tells the audience
	 * @param outcome   what it did, in numbers
	 * @param shops     the recall's shops with what each received; empty for the other steps
	 * @param holds     false when it failed to show what it must: the edited record found, every shop recalled
	 */
	public record Told(Step step, String narration, String outcome, List<Shop> shops, boolean holds) {
	}

	/** A shop the recall found, by name and telephone, with the kilograms it received. */
	public record Shop(String name, String contact, BigDecimal kg) {
	}

	private final TraceStore store;
	private final ScenarioChain chain;
	private final GuidedScenario story;
	private final Locale language;

	public ScenarioRunner(TraceStore store, ScenarioChain chain, GuidedScenario story, Locale language) {
		this.store = store;
		this.chain = chain;
		this.story = story;
		this.language = language;
	}

	public GuidedScenario story() {
		return story;
	}

	/** Every step in order, each told to the listener as it ends; true when every step held. */
	public boolean runAll(Consumer<Told> listener) throws ChainException {
		boolean holds = true;
		for (Step step : Step.values()) {
			Told told = run(step);
			listener.accept(told);
			holds &= told.holds();
		}
		return holds;
	}

	/** Runs one step. */
	public Told run(Step step) throws ChainException {
		String outcome;
		List<Shop> shops = new ArrayList<>();
		boolean holds = true;
		switch (step) {
		case TAMPER -> {
			int edited = story.tamper(store);
			List<Verification> verdicts = chain.verify(story.rice().code());
			List<Verification> altered = mismatches(verdicts);
			long incidents = store.credit().all(CreditSettings.policy())
					.getOrDefault(JilinMasterData.CHANGCHUN_COLD.uri(), CreditCounts.NONE).mismatches();
			holds = edited == 1 && altered.size() == 1 && altered.get(0).hashId().equals(story.tampered().hashId())
					&& incidents >= 1;
			Naming naming = new Naming(store, language);
			String record = EventLabels.describe(story.tampered(), naming::location, language);
			outcome = Texts.Scenario_tampered.text(language, record, altered.size(), verdicts.size(),
					incidents);
		}
		case RECALL -> {
			long started = System.nanoTime();
			RecallImpact recall = store.traces().recall(story.paddy().code());
			long ms = (System.nanoTime() - started) / 1_000_000;
			Naming naming = new Naming(store, language);
			for (Map.Entry<String, BigDecimal> shop : story.received(recall).entrySet()) {
				holds &= shop.getValue().compareTo(story.shops().get(shop.getKey())) == 0;
				shops.add(new Shop(naming.party(shop.getKey()), naming.contact(shop.getKey()).orElse(""), shop.getValue())); //$NON-NLS-1$
			}
			outcome = Texts.Scenario_recalled.text(language, recall.recipients().size(), recall.parties().size(), ms);
		}
		case RESET -> {
			story.restore(store);
			// Every lot of the story verified again, so that no mark the run left (a lot in red) outlives it.
			Set<EventHashId> altered = new HashSet<>();
			for (Step made : Step.values()) {
				for (ProductBatch lot : story.batches(made)) {
					mismatches(chain.verify(lot.code())).forEach(v -> altered.add(v.hashId()));
				}
			}
			outcome = Texts.Scenario_restored.text(language, altered.size());
		}
		default -> {
			GuidedScenario.registerMasterData(store);
			int recorded = story.record(store, step);
			chain.anchor();
			outcome = Texts.Scenario_recorded.text(language, recorded, anchored(step));
		}
		}
		return new Told(step, GuidedScenario.narration(step, language), outcome, List.copyOf(shops), holds);
	}

	/**
	 * The step's records that the store holds as anchored: the anchoring Job may have sent them before the
	 * step's own round, which then counts none of them.
	 */
	private long anchored(Step step) {
		List<EventHashId> made = story.events(step).stream().map(EpcisEvent::hashId).toList();
		return store.outbox().anchors(made).values().stream().filter(a -> a.state() == OutboxState.ANCHORED).count();
	}

	private static List<Verification> mismatches(List<Verification> verdicts) {
		return verdicts.stream().filter(v -> v.state() == Verification.State.MISMATCH).toList();
	}
}
