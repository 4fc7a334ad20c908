package io.agritrace.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.demo.JilinMasterData;
import io.agritrace.core.demo.JilinScenarioGenerator;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;

/**
 * Writes generated Jilin scenarios into a store in one transaction, streamed in
 * blocks so that a million events fit in a small heap.
 */
public final class GeneratedData {

	/** What was written. */
	public record Counts(long batches, long events) {
	}

	private static final int BLOCK = 2000;

	private GeneratedData() {
	}

	public static Counts generate(TraceStore store, long seed, Clock clock, int days, int chains) {
		return store.inTransaction(c -> {
			MasterDataRepository.register(c, JilinMasterData.PARTIES, JilinMasterData.LOCATIONS,
					JilinMasterData.PRODUCTS);
			BlockWriter writer = new BlockWriter(c);
			new JilinScenarioGenerator(seed, clock, days).generate(chains, writer);
			writer.flush();
			return new Counts(writer.batches, writer.events);
		});
	}

	private static final class BlockWriter implements JilinScenarioGenerator.Sink {
		private final Connection c;
		private final List<ProductBatch> batchBlock = new ArrayList<>();
		private final List<EpcisEvent> eventBlock = new ArrayList<>();
		long batches;
		long events;

		BlockWriter(Connection c) {
			this.c = c;
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
			if (eventBlock.size() >= BLOCK) {
				flush();
			}
		}

		void flush() {
			try {
				BatchRepository.insert(c, batchBlock);
				EventRepository.insert(c, eventBlock, EventRepository.Origin.RECORDED, e -> null);
			} catch (SQLException e) {
				throw new StoreException(e.getMessage(), e);
			}
			batchBlock.clear();
			eventBlock.clear();
		}
	}
}
