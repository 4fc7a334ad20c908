package io.agritrace.core.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;

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

	public List<Party> parties() {
		return JilinMasterData.PARTIES;
	}

	public List<Location> locations() {
		return JilinMasterData.LOCATIONS;
	}

	public List<Product> products() {
		return JilinMasterData.PRODUCTS;
	}
}
