package io.agritrace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
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

	/**
	 * Writes a wide rice lineage of {@code lots} lots and {@code events} events
	 * around one milled lot, and returns that lot's Digital Link: half the lots
	 * are paddy harvested in Meihekou, a tenth are dried collections of five
	 * of them, one is the milled rice, and the rest are lots packed from it
	 * and shipped to Changchun shops. Each lot has temperature-logged storing
	 * events, enough to make up the events asked for. What the Provenance
	 * page's benchmark charts.
	 *
	 * @param prefix starts each lot number, so that lineages of several sizes share a store
	 */
	public static String wideLineage(TraceStore store, String prefix, int lots, int events) {
		List<EpcisEvent> written = new ArrayList<>();
		OffsetDateTime t = OffsetDateTime.of(2021, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
		int farms = lots / 2;
		int collections = Math.max(1, lots / 10);
		int packs = lots - farms - collections - 1;
		int logged = events / lots - 3; // beside each lot's making, shipping and receiving
		String kg = "KGM"; //$NON-NLS-1$
		List<List<String>> groups = new ArrayList<>();
		for (int c = 0; c < collections; c++) {
			groups.add(new ArrayList<>());
		}
		for (int f = 0; f < farms; f++) {
			String farm = Identifiers.lot(JilinMasterData.PADDY.gtin(), prefix + "F" + f); //$NON-NLS-1$
			written.add(StepEvents.harvest(t, farm, THOUSAND, kg, JilinMasterData.MEIHE_PADDY.uri()).build());
			log(written, farm, t, logged, JilinMasterData.MEIHE_PADDY.uri());
			groups.get(f % collections).add(farm);
		}
		t = t.plusDays(2);
		String mill = Identifiers.lot(JilinMasterData.MEIHE_RICE.gtin(), prefix + "M"); //$NON-NLS-1$
		EventBuilder milling = StepEvents.transformation(t.plusDays(1), BizSteps.MILLING,
				JilinMasterData.JILIN_MILL_SITE.uri());
		BigDecimal paddy = BigDecimal.ZERO;
		for (int c = 0; c < collections; c++) {
			String collection = Identifiers.lot(JilinMasterData.DRIED_PADDY.gtin(), prefix + "C" + c); //$NON-NLS-1$
			EventBuilder drying = StepEvents.transformation(t, BizSteps.DRYING, JilinMasterData.MEIHE_DRYER.uri());
			groups.get(c).forEach(farm -> drying.input(farm, THOUSAND, kg));
			BigDecimal dried = BigDecimal.valueOf(groups.get(c).size() * 936L);
			written.add(drying.output(collection, dried, kg).build());
			log(written, collection, t, logged, JilinMasterData.MEIHE_DRYER.uri());
			milling.input(collection, dried, kg);
			paddy = paddy.add(dried);
		}
		BigDecimal rice = paddy.multiply(BigDecimal.valueOf(70)).divide(BigDecimal.valueOf(100));
		written.add(milling.output(mill, rice, kg).build());
		t = t.plusDays(2);
		log(written, mill, t, events - written.size() - packs * (logged + 3), JilinMasterData.JILIN_MILL_SITE.uri());
		BigDecimal pack = rice.divide(BigDecimal.valueOf(packs), 0, RoundingMode.DOWN);
		for (int p = 0; p < packs; p++) {
			String packed = Identifiers.lot(JilinMasterData.MEIHE_RICE.gtin(), prefix + "P" + p); //$NON-NLS-1$
			OffsetDateTime at = t.plusHours(p);
			written.add(StepEvents.transformation(at, BizSteps.PACKING, JilinMasterData.JILIN_MILL_SITE.uri())
					.input(mill, pack, kg).output(packed, pack, kg).build());
			int shop = p % JilinMasterData.SHOPS.size();
			StepEvents.Handover handover = new StepEvents.Handover(JilinMasterData.JILIN_MILL.uri(),
					JilinMasterData.JILIN_MILL_SITE.uri(), JilinMasterData.SHOPS.get(shop).uri(),
					JilinMasterData.SHOP_SITES.get(shop).uri());
			written.add(StepEvents.shipping(at.plusHours(1), packed, pack, kg, handover).build());
			written.add(StepEvents.receiving(at.plusHours(5), packed, pack, kg, handover).build());
			log(written, packed, at.plusHours(6), logged, JilinMasterData.SHOP_SITES.get(shop).uri());
		}
		EventRepository.Saved saved = store.save(List.of(), written);
		if (saved.inserted() != events) {
			throw new IllegalStateException("wide lineage: " + saved + " of " + events); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return mill;
	}

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	/** {@code count} storing events of a lot, six hours apart, each with a temperature. */
	private static void log(List<EpcisEvent> events, String lot, OffsetDateTime from, int count, String site) {
		for (int i = 0; i < count; i++) {
			OffsetDateTime at = from.plusHours(6L * i + 1);
			events.add(StepEvents.storing(at, lot, BigDecimal.ONE, "KGM", site) //$NON-NLS-1$
					.sensor(at, "Temperature", BigDecimal.valueOf(4 + i % 9), "CEL").build()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The wide lineage's milled lot as a batch, for a Batch editor to open. */
	public static ProductBatch wideLineageBatch(Clock clock, String prefix) {
		return new BatchValidator(clock).validate(JilinMasterData.MEIHE_RICE.gtin(), prefix + "M", //$NON-NLS-1$
				"benchmark rice", //$NON-NLS-1$
				BigDecimal.valueOf(1000), "KGM", LocalDate.of(2021, 10, 1), "220581"); //$NON-NLS-1$ //$NON-NLS-2$
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
