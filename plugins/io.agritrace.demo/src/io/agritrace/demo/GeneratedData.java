package io.agritrace.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/**
 * Writes generated Jilin scenarios into a store, streamed: a transaction for
 * every block of whole supply chains, so that a million events fit in a small
 * heap and H2 can reuse the space of each committed block.
 */
public final class GeneratedData {

	/** What was written. */
	public record Counts(long batches, long events) {
	}

	private static final int BLOCK = 2000;

	private GeneratedData() {
	}

	public static Counts generate(TraceStore store, long seed, Clock clock, int days, int chains) {
		MasterData all = JilinMasterData.ALL;
		store.masterData().register(all.parties(), all.locations(), all.products());
		BlockWriter writer = new BlockWriter(store);
		new JilinScenarioGenerator(seed, clock, days).generate(chains, writer);
		writer.flush();
		return new Counts(writer.batches, writer.events);
	}

	private static final class BlockWriter implements JilinScenarioGenerator.Sink {
		private final TraceStore store;
		private final List<ProductBatch> batchBlock = new ArrayList<>();
		private final List<EpcisEvent> eventBlock = new ArrayList<>();
		long batches;
		long events;

		BlockWriter(TraceStore store) {
			this.store = store;
		}

		@Override
		public void batch(ProductBatch batch) {
			batchBlock.add(batch);
			batches++;
		}

		@Override
		public void event(EpcisEvent event) {
			eventBlock.add(event);
			events++;
		}

		@Override
		public void chainDone() {
			if (eventBlock.size() >= BLOCK) {
				flush();
			}
		}

		/** Writes the whole chains gathered so far as one write run. */
		void flush() {
			store.save(batchBlock, eventBlock);
			batchBlock.clear();
			eventBlock.clear();
		}
	}
}
