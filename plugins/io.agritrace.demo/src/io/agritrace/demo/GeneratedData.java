package io.agritrace.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.EventRepository;
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
	private static final int DEEP_LEVELS = 10;
	private static final int DEEP_LEVEL_EVENTS = 100;
	private static final String DEEP_GTIN = "06901234000030"; //$NON-NLS-1$
	private static final String DEEP_LOT = "DEEP-"; //$NON-NLS-1$

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

	/**
	 * Writes a lot at the end of a 10-level chain of transformations, 1,000
	 * events in all (each level: its making and 99 inspections), and returns
	 * the last lot's Digital Link: the deep trace that benchmarks read.
	 */
	public static String deepLineage(TraceStore store) {
		List<EpcisEvent> events = new ArrayList<>();
		OffsetDateTime t = OffsetDateTime.of(2020, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
		String previous = null;
		for (int level = 0; level < DEEP_LEVELS; level++) {
			String lot = Identifiers.lot(DEEP_GTIN, DEEP_LOT + level);
			EventBuilder b = previous == null
					? EventBuilder.event(EventType.ObjectEvent, t).action("ADD").bizStep("commissioning") //$NON-NLS-1$ //$NON-NLS-2$
							.quantity(lot, BigDecimal.valueOf(1000), "KGM") //$NON-NLS-1$
					: EventBuilder.event(EventType.TransformationEvent, t).input(previous, BigDecimal.valueOf(1000), "KGM") //$NON-NLS-1$
							.output(lot, BigDecimal.valueOf(1000), "KGM"); //$NON-NLS-1$
			events.add(b.build());
			for (int i = 0; i < DEEP_LEVEL_EVENTS - 1; i++) {
				t = t.plusMinutes(7);
				events.add(EventBuilder.event(EventType.ObjectEvent, t).action("OBSERVE").bizStep("inspecting") //$NON-NLS-1$ //$NON-NLS-2$
						.quantity(lot, BigDecimal.ONE, "KGM").build()); //$NON-NLS-1$
			}
			previous = lot;
			t = t.plusDays(1);
		}
		EventRepository.Saved saved = store.save(List.of(), events);
		if (saved.inserted() != DEEP_LEVELS * DEEP_LEVEL_EVENTS) {
			throw new IllegalStateException("deep lineage: " + saved); //$NON-NLS-1$
		}
		return previous;
	}

	/** The deep lineage's last lot as a batch, for a Batch editor to open. */
	public static ProductBatch deepLineageBatch(Clock clock) {
		return new BatchValidator(clock).validate(DEEP_GTIN, DEEP_LOT + (DEEP_LEVELS - 1), "benchmark lot", //$NON-NLS-1$
				BigDecimal.valueOf(1000), "KGM", LocalDate.of(2020, 1, 1), "220581"); //$NON-NLS-1$ //$NON-NLS-2$
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
