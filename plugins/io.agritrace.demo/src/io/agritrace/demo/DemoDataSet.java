package io.agritrace.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.EventRepository;
import io.agritrace.store.TraceStore;

/**
 * The small data set an empty workspace offers: eight Jilin chains (Meihe rice,
 * Changbai Mountain ginseng, Yanbian beef) over the last 30 days, always the
 * same for the same day.
 */
public final class DemoDataSet implements JilinScenarioGenerator.Sink {

	/** The year of the Jilin government work report that asked for this. */
	public static final long SEED = 2020;
	public static final int CHAINS = 8;

	private final List<ProductBatch> batches = new ArrayList<>();
	private final List<EpcisEvent> events = new ArrayList<>();

	public DemoDataSet(Clock clock) {
		new JilinScenarioGenerator(SEED, clock, 30).generate(CHAINS, this);
	}

	@Override
	public void batch(ProductBatch batch) {
		batches.add(batch);
	}

	@Override
	public void event(EpcisEvent event) {
		events.add(event);
	}

	public List<ProductBatch> batches() {
		return List.copyOf(batches);
	}

	public List<EpcisEvent> events() {
		return List.copyOf(events);
	}

	public MasterData masterData() {
		return JilinMasterData.ALL;
	}

	/** Saves the data set with its master data into the store, as one write run. */
	public EventRepository.Saved saveTo(TraceStore store) {
		return store.save(masterData(), batches, events);
	}
}
