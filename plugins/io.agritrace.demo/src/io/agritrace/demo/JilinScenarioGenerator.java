package io.agritrace.demo;

import static io.agritrace.demo.JilinMasterData.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Certification;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;

/**
 * Generates realistic Jilin supply chains as EPCIS events, reproducibly from a
 * seed: Meihe rice (paddy → drying → milling in Jilin city → cold store →
 * Changchun shops), Changbai Mountain ginseng (harvest → inspection → red
 * ginseng → export via Hunchun) and Yanbian cattle (slaughter → cuts → shops).
 * Yields, temperatures and durations follow docs/reference/jilin/supply_chains.md.
 * Events are handed to a sink one by one, so any size fits in memory.
 */
public final class JilinScenarioGenerator {

	/** Receives what the generator makes, in an order that satisfies every rule. */
	public interface Sink {
		void batch(ProductBatch batch);

		void event(EpcisEvent event);

		/** Called after each complete supply chain: a point where the data is whole. */
		default void chainDone() {
			// nothing by default
		}
	}

	private static final String KGM = "KGM"; //$NON-NLS-1$
	private static final String HEAD = "H87"; //$NON-NLS-1$

	private final SplittableRandom random;
	/** Apart from {@link #random}, so that the chains stay as they were when record times came. */
	private final SplittableRandom recording;
	/** One record in this many is typed in a day or more late. */
	private int lateOneIn = 16;
	private final BatchValidator validator;
	private final LocalDate lastDay;
	/** The workspace's: every event carries its offset. */
	private final ZoneId zone;
	private final int spanDays;
	private int serial;

	/**
	 * @param seed     the same seed gives the same data
	 * @param clock    the chains end before its today, in its zone (the workspace's), whose offset the events carry
	 * @param spanDays harvests spread over the last this many days, today among them: a dashboard period as long holds
	 *                 them all
	 */
	public JilinScenarioGenerator(long seed, Clock clock, int spanDays) {
		this.random = new SplittableRandom(seed);
		this.recording = new SplittableRandom(seed + 1);
		this.validator = new BatchValidator(clock);
		this.lastDay = LocalDate.now(clock).minusDays(1);
		this.zone = clock.getZone();
		this.spanDays = spanDays;
	}

	/** Generates {@code chains} supply chains: rice, ginseng and cattle in turn, rice twice as often. */
	public void generate(int chains, Sink sink) {
		for (int i = 0; i < chains; i++) {
			switch (i % 4) {
			case 0, 2 -> rice(sink);
			case 1 -> ginseng(sink);
			default -> {
				// The cattle chain keeps its records on paper first: a third of them are typed in days later.
				lateOneIn = 3;
				cattle(sink);
				lateOneIn = 16;
			}
			}
			sink.chainDone();
		}
	}

	private OffsetDateTime start(int chainDays) {
		// The earliest start lies spanDays - 1 days before today.
		int latest = Math.max(0, spanDays - 1 - chainDays);
		LocalDate day = lastDay.minusDays(chainDays + (latest == 0 ? 0 : random.nextInt(latest)));
		return day.atTime(7 + random.nextInt(3), random.nextInt(60)).atZone(zone).toOffsetDateTime();
	}

	private String lot(String prefix, OffsetDateTime time) {
		return String.format("%s%02d%02d-%05d", prefix, time.getYear() % 100, time.getMonthValue(), ++serial); //$NON-NLS-1$
	}

	private ProductBatch batch(Product product, String lot, BigDecimal quantity, String unit, LocalDate date,
			String division, Party producer, Sink sink, Certificate... certificates) {
		ProductBatch batch = validator.validate(product.gtin(), lot, product.nameZh() + ' ' + product.nameEn(),
				quantity, unit, date, division).withProducer(producer.uri()).withCertificates(List.of(certificates));
		sink.batch(batch);
		return batch;
	}

	/**
	 * The use of a GI mark, numbered here by the announcement that protects the
	 * product (the producer's own authorisation number is not public), valid from
	 * the year before the harvest to two years after it.
	 */
	private static Certificate geographicalIndication(String announcement, LocalDate harvest) {
		return Certificate.documented(Certification.GEOGRAPHICAL_INDICATION, announcement,
				LocalDate.of(harvest.getYear() - 1, 1, 1), LocalDate.of(harvest.getYear() + 2, 12, 31), harvest,
				"certifications"); //$NON-NLS-1$
	}

	private BigDecimal kg(double value) {
		return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP);
	}

	private void rice(Sink sink) {
		OffsetDateTime t = start(12);
		BigDecimal paddy = kg(20_000 + random.nextInt(40_000));
		ProductBatch harvest = batch(PADDY, lot("MH", t), paddy, KGM, t.toLocalDate(), "220581", MEIHE_COOP, sink); //$NON-NLS-1$
		emit(sink, StepEvents.harvest(t, harvest.code(), paddy, KGM, MEIHE_PADDY.uri()));

		// Drying from about 20 % to 14.5 % moisture keeps the dry matter: 0.80 / 0.855.
		t = t.plusDays(1);
		BigDecimal dried = kg(paddy.doubleValue() * 0.80 / 0.855);
		String driedLot = batch(DRIED_PADDY, lot("MHD", t), dried, KGM, harvest.harvestDate(), "220581", MEIHE_COOP, sink) //$NON-NLS-1$
				.code();
		emit(sink, StepEvents.transformation(t, BizSteps.DRYING, MEIHE_DRYER.uri()).input(harvest.code(), paddy, KGM)
				.output(driedLot, dried, KGM));

		t = t.plusDays(1);
		ship(sink, t, driedLot, dried, MEIHE_COOP, MEIHE_DRYER, JILIN_MILL, JILIN_MILL_SITE, 8 + random.nextInt(8),
				AMBIENT);

		// Milling: 68-72 % of the dried paddy becomes milled rice.
		t = t.plusDays(2);
		BigDecimal rice = kg(dried.doubleValue() * (0.68 + random.nextDouble() * 0.04));
		// 梅河大米 is a national GI product (AQSIQ 2006 No.191, docs/reference/jilin/products.csv).
		ProductBatch milled = batch(MEIHE_RICE, lot("MR", t), rice, KGM, harvest.harvestDate(), "220581", JILIN_MILL, sink, //$NON-NLS-1$
				geographicalIndication("AQSIQ2006-191", harvest.harvestDate())); //$NON-NLS-1$
		emit(sink, StepEvents.transformation(t, BizSteps.MILLING, JILIN_MILL_SITE.uri()).input(driedLot, dried, KGM)
				.output(milled.code(), rice, KGM));

		t = t.plusDays(1);
		ship(sink, t, milled.code(), rice, JILIN_MILL, JILIN_MILL_SITE, CHANGCHUN_COLD, CHANGCHUN_COLD_SITE,
				10 + random.nextInt(6), AMBIENT);
		// Rice keeps below 15 °C in store (low-temperature grain storage): the store logs it every
		// six hours, and in one lot of four the store warms past 15 °C for a while.
		OffsetDateTime stored = t.plusHours(18);
		EventBuilder storing = StepEvents.storing(stored.plusHours(24), milled.code(), rice, KGM, CHANGCHUN_COLD_SITE.uri());
		boolean warm = random.nextInt(4) == 0;
		for (int h = 0; h <= 24; h += 6) {
			double celsius = 8 + random.nextDouble() * 5 + (warm && (h == 12 || h == 18) ? 5 : 0);
			storing.sensor(stored.plusHours(h), "Temperature", BigDecimal.valueOf(celsius).setScale(1, RoundingMode.HALF_UP), //$NON-NLS-1$
					"CEL"); //$NON-NLS-1$
		}
		emit(sink, storing);

		distribute(sink, t.plusDays(2), milled.code(), rice, CHANGCHUN_COLD, CHANGCHUN_COLD_SITE, 3, AMBIENT);
	}

	private void ginseng(Sink sink) {
		OffsetDateTime t = start(10);
		BigDecimal fresh = kg(2_000 + random.nextInt(8_000));
		ProductBatch harvest = batch(FRESH_GINSENG, lot("FS", t), fresh, KGM, t.toLocalDate(), "220621", FUSONG_FARM, sink); //$NON-NLS-1$
		emit(sink, StepEvents.harvest(t, harvest.code(), fresh, KGM, FUSONG_GARDEN.uri()));

		// One lot in ten fails the pesticide-residue inspection and is held.
		boolean conformant = random.nextInt(10) != 0;
		emit(sink, StepEvents.inspecting(t.plusHours(5), harvest.code(), fresh, KGM, FUSONG_GARDEN.uri(), conformant, null));
		if (!conformant) {
			return;
		}

		t = t.plusDays(1);
		ship(sink, t, harvest.code(), fresh, FUSONG_FARM, FUSONG_GARDEN, FUSONG_PLANT, FUSONG_PLANT_SITE,
				4 + random.nextInt(4), COOL);

		// Steaming and drying: fresh roots are about 70 % water, red ginseng keeps about a third.
		t = t.plusDays(6);
		BigDecimal red = kg(fresh.doubleValue() * (0.30 + random.nextDouble() * 0.05));
		// 吉林长白山人参 is a national GI product (GB/T 19506-2009).
		ProductBatch redLot = batch(RED_GINSENG, lot("RG", t), red, KGM, harvest.harvestDate(), "220621", FUSONG_PLANT, sink, //$NON-NLS-1$
				geographicalIndication("GBT19506-2009", harvest.harvestDate())); //$NON-NLS-1$
		emit(sink, StepEvents.transformation(t, BizSteps.DRYING, FUSONG_PLANT_SITE.uri()).input(harvest.code(), fresh, KGM)
				.output(redLot.code(), red, KGM));

		t = t.plusDays(1);
		ship(sink, t, redLot.code(), red, FUSONG_PLANT, FUSONG_PLANT_SITE, HUNCHUN_EXPORT, HUNCHUN_PORT,
				12 + random.nextInt(6), AMBIENT);
	}

	private void cattle(Sink sink) {
		OffsetDateTime t = start(8);
		int head = 10 + random.nextInt(20);
		BigDecimal live = kg(head * (500 + random.nextInt(50)));
		ProductBatch herd = batch(YANBIAN_CATTLE, lot("YB", t), BigDecimal.valueOf(head), HEAD, t.toLocalDate(),
				"222405", LONGJING_FARM, sink); //$NON-NLS-1$
		emit(sink, EventBuilder.event(EventType.ObjectEvent, t).action("ADD").bizStep(BizSteps.COMMISSIONING) //$NON-NLS-1$ //$NON-NLS-2$
				.disposition("active").readPoint(LONGJING_BARN.uri()).bizLocation(LONGJING_BARN.uri()) //$NON-NLS-1$
				.quantity(herd.code(), BigDecimal.valueOf(head), HEAD));

		t = t.plusDays(3);
		ship(sink, t, herd.code(), BigDecimal.valueOf(head), HEAD, LONGJING_FARM, LONGJING_BARN, YANJI_ABATTOIR,
				YANJI_ABATTOIR_SITE, 12 + random.nextInt(8), AMBIENT);

		// Slaughter (CBV "killing"): dressing about 56 % of live weight.
		t = t.plusDays(1);
		BigDecimal carcass = kg(live.doubleValue() * (0.55 + random.nextDouble() * 0.03));
		String carcassLot = Identifiers.lot(YANBIAN_CARCASS.gtin(), lot("YC", t));
		emit(sink, StepEvents.transformation(t, BizSteps.KILLING, YANJI_ABATTOIR_SITE.uri())
				.input(herd.code(), BigDecimal.valueOf(head), HEAD).output(carcassLot, carcass, KGM));

		// Chilled 24-72 h at 0-4 °C, then cut: boneless cuts about 44 % of live weight.
		t = t.plusDays(2);
		BigDecimal cuts = kg(live.doubleValue() * (0.42 + random.nextDouble() * 0.04));
		ProductBatch beef = batch(YANBIAN_BEEF, lot("YBF", t), cuts, KGM, herd.harvestDate(), "222405", YANJI_ABATTOIR, sink); //$NON-NLS-1$
		emit(sink, StepEvents.transformation(t, BizSteps.SLAUGHTER_CUTTING, YANJI_ABATTOIR_SITE.uri())
				.input(carcassLot, carcass, KGM).output(beef.code(), cuts, KGM)
				.sensor(t, "Temperature", BigDecimal.valueOf(random.nextInt(5)), "CEL")); //$NON-NLS-1$ //$NON-NLS-2$

		distribute(sink, t.plusDays(1), beef.code(), cuts, YANJI_ABATTOIR, YANJI_ABATTOIR_SITE, 2, CHILLED);
	}

	/**
	 * The temperatures a truck or store keeps, in °C: Jilin's late-autumn air for
	 * dry goods, a cool or chilled chain for fresh roots and meat; fresh roots
	 * travel moist, and their truck logs the relative humidity too.
	 */
	private record Climate(double low, double high, boolean cold, boolean humid) {
	}

	private static final Climate AMBIENT = new Climate(2, 11, false, false);
	private static final Climate COOL = new Climate(1, 4.5, true, true);
	private static final Climate CHILLED = new Climate(0.5, 3.5, true, false);

	private void ship(Sink sink, OffsetDateTime t, String lot, BigDecimal quantity, Party from, Location fromSite,
			Party to, Location toSite, int hours, Climate climate) {
		ship(sink, t, lot, quantity, KGM, from, fromSite, to, toSite, hours, climate);
	}

	/**
	 * Hands an event on, recorded 2 to 90 minutes after it happened; one in
	 * {@link #lateOneIn} a day or more late (26 to 72 hours), as paper notes typed in later.
	 */
	private void emit(Sink sink, EventBuilder event) {
		long minutes = recording.nextInt(lateOneIn) == 0 ? 60L * (26 + recording.nextInt(47)) : 2 + recording.nextInt(89);
		sink.event(event.offsetIn(zone).recordedAfter(Duration.ofMinutes(minutes)).build());
	}

	/** A shipment and its receipt {@code hours} later, with the truck's hourly temperature log. */
	private void ship(Sink sink, OffsetDateTime t, String lot, BigDecimal quantity, String uom, Party from,
			Location fromSite, Party to, Location toSite, int hours, Climate climate) {
		StepEvents.Handover handover = new StepEvents.Handover(from.uri(), fromSite.uri(), to.uri(), toSite.uri());
		emit(sink, StepEvents.shipping(t, lot, quantity, uom, handover));
		OffsetDateTime arrival = t.plusHours(hours);
		EventBuilder receipt = StepEvents.receiving(arrival, lot, quantity, uom, handover);
		log(receipt, t, hours, climate);
		emit(sink, receipt);
	}

	/**
	 * One reading an hour from {@code start}; on one cold chain in six the
	 * cooling fails for two hours, about 4 °C too warm.
	 */
	private void log(EventBuilder event, OffsetDateTime start, int hours, Climate climate) {
		int failure = climate.cold() && random.nextInt(6) == 0 ? 1 + random.nextInt(Math.max(1, hours - 2)) : -1;
		for (int h = 1; h <= hours; h++) {
			double celsius = climate.low() + random.nextDouble() * (climate.high() - climate.low());
			if (failure >= 0 && (h == failure || h == failure + 1)) {
				celsius += 4;
			}
			event.sensor(start.plusHours(h), "Temperature", BigDecimal.valueOf(celsius).setScale(1, RoundingMode.HALF_UP), //$NON-NLS-1$
					"CEL"); //$NON-NLS-1$
			if (climate.humid()) {
				event.sensor(start.plusHours(h), "RelativeHumidity", BigDecimal.valueOf(85 + random.nextInt(11)), //$NON-NLS-1$
						"P1"); //$NON-NLS-1$
			}
		}
	}

	/** Splits a lot over {@code shops} shops, which receive and start selling it. */
	private void distribute(Sink sink, OffsetDateTime t, String lot, BigDecimal quantity, Party from, Location fromSite,
			int shops, Climate climate) {
		int first = random.nextInt(SHOPS.size());
		BigDecimal share = quantity.divide(BigDecimal.valueOf(shops * 2L), 0, RoundingMode.DOWN);
		for (int i = 0; i < shops; i++) {
			int shop = (first + i) % SHOPS.size();
			OffsetDateTime at = t.plusHours(i * 3L);
			ship(sink, at, lot, share, from, fromSite, SHOPS.get(shop), SHOP_SITES.get(shop), 3 + random.nextInt(5),
					climate);
			emit(sink, StepEvents.retailSelling(at.plusDays(1), lot, share, KGM, SHOP_SITES.get(shop).uri()));
		}
	}
}
