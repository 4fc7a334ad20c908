package io.agritrace.demo;

import static io.agritrace.demo.JilinMasterData.CHANGCHUN_COLD;
import static io.agritrace.demo.JilinMasterData.CHANGCHUN_COLD_SITE;
import static io.agritrace.demo.JilinMasterData.DRIED_PADDY;
import static io.agritrace.demo.JilinMasterData.JILIN_MILL;
import static io.agritrace.demo.JilinMasterData.JILIN_MILL_SITE;
import static io.agritrace.demo.JilinMasterData.MEIHE_COOP;
import static io.agritrace.demo.JilinMasterData.MEIHE_DRYER;
import static io.agritrace.demo.JilinMasterData.MEIHE_PADDY;
import static io.agritrace.demo.JilinMasterData.MEIHE_RICE;
import static io.agritrace.demo.JilinMasterData.PADDY;
import static io.agritrace.demo.JilinMasterData.SHOPS;
import static io.agritrace.demo.JilinMasterData.SHOP_SITES;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.store.TraceStore;

/**
 * The story told to officials, step by step: a Meihekou cooperative's paddy is
 * registered, dried and milled in Jilin city, shipped cold to Changchun (one
 * temperature excursion on the way), inspected and sold in two shops; then an
 * insider edits a stored receipt in the database, the paddy turns out
 * contaminated and is recalled, and the edit is put back for the next
 * audience. This class makes each step's records and does the edit and its
 * undoing; the CLI and the workbench anchor, verify and recall between the
 * steps. Each run numbers its lots apart, so that runs do not collide.
 */
public final class GuidedScenario {

	/** The steps, in the order they are told. */
	public enum Step {
		REGISTER, PROCESS, COLD_SHIPMENT, INSPECTION, RETAIL, TAMPER, RECALL, RESET
	}

	private static final String KGM = "KGM"; //$NON-NLS-1$
	private static final BigDecimal PADDY_KG = BigDecimal.valueOf(20_000);
	/** Drying from about 20 % to 14.5 % moisture keeps the dry matter: 0.80 / 0.855. */
	private static final BigDecimal DRIED_KG = BigDecimal.valueOf(18_713);
	private static final BigDecimal RICE_KG = BigDecimal.valueOf(13_100);
	private static final BigDecimal SHOP_A_KG = BigDecimal.valueOf(6_000);
	private static final BigDecimal SHOP_B_KG = BigDecimal.valueOf(7_100);
	private static final BigDecimal SOLD_KG = BigDecimal.valueOf(1_200);
	/** What the insider writes on the cold store's receipt: a tonne less than arrived. */
	private static final BigDecimal TAMPERED_KG = RICE_KG.subtract(BigDecimal.valueOf(1_000));

	private final ProductBatch paddy;
	private final ProductBatch rice;
	private final ProductBatch dried;
	private final OffsetDateTime start;
	private final Map<Step, List<EpcisEvent>> events;
	private EpcisEvent coldReceipt;

	/**
	 * @param clock now, in the workspace's zone: the story ends with a sale at 8 in the morning there, today or
	 *              (before a quarter past eight) yesterday, and starts six days before; its events carry that zone's
	 *              offset
	 * @param run   what sets this run's lots apart, e.g. its start time in base 36
	 */
	public GuidedScenario(Clock clock, String run) {
		ZonedDateTime now = ZonedDateTime.now(clock);
		ZonedDateTime morning = now.truncatedTo(ChronoUnit.DAYS).withHour(8);
		// The last sale is recorded at a quarter past eight: earlier in the day it would lie in the future.
		ZonedDateTime lastMorning = now.isBefore(morning.plusMinutes(15)) ? morning.minusDays(1) : morning;
		start = lastMorning.minusDays(6).toOffsetDateTime();
		BatchValidator validator = new BatchValidator(clock);
		paddy = validator.validate(PADDY.gtin(), "MHS" + run, PADDY.nameZh() + ' ' + PADDY.nameEn(), PADDY_KG, KGM, //$NON-NLS-1$
				start.toLocalDate(), MEIHE_PADDY.division()).withProducer(MEIHE_COOP.uri());
		rice = validator.validate(MEIHE_RICE.gtin(), "MRS" + run, MEIHE_RICE.nameZh() + ' ' + MEIHE_RICE.nameEn(), //$NON-NLS-1$
				RICE_KG, KGM, start.toLocalDate(), MEIHE_PADDY.division()).withProducer(JILIN_MILL.uri());
		dried = validator.validate(DRIED_PADDY.gtin(), "MHDS" + run, DRIED_PADDY.nameZh() + ' ' + DRIED_PADDY.nameEn(), //$NON-NLS-1$
				DRIED_KG, KGM, start.toLocalDate(), MEIHE_PADDY.division()).withProducer(MEIHE_COOP.uri());
		events = Map.of(Step.REGISTER, register(), Step.PROCESS, process(), Step.COLD_SHIPMENT, coldShipment(),
				Step.INSPECTION, inspection(), Step.RETAIL, retail());
	}

	/** What a step tells the audience, in the language asked. */
	public static String narration(Step step, Locale language) {
		Texts text = switch (step) {
		case REGISTER -> Texts.Scenario_register;
		case PROCESS -> Texts.Scenario_process;
		case COLD_SHIPMENT -> Texts.Scenario_coldShipment;
		case INSPECTION -> Texts.Scenario_inspection;
		case RETAIL -> Texts.Scenario_retail;
		case TAMPER -> Texts.Scenario_tamper;
		case RECALL -> Texts.Scenario_recall;
		case RESET -> Texts.Scenario_reset;
		};
		return text.text(language);
	}

	/** The harvested paddy lot: what the recall starts from. */
	public ProductBatch paddy() {
		return paddy;
	}

	/** The milled rice lot. */
	public ProductBatch rice() {
		return rice;
	}

	/** The records a step makes; none for the tamper and the recall. */
	public List<EpcisEvent> events(Step step) {
		return events.getOrDefault(step, List.of());
	}

	/** The batches a step registers. */
	public List<ProductBatch> batches(Step step) {
		return switch (step) {
		case REGISTER -> List.of(paddy);
		case PROCESS -> List.of(dried, rice);
		default -> List.of();
		};
	}

	/** The shops the rice reaches, with the kilograms each receives: what a complete recall list names. */
	public Map<String, BigDecimal> shops() {
		return Map.of(SHOPS.get(0).uri(), SHOP_A_KG, SHOPS.get(1).uri(), SHOP_B_KG);
	}

	/** The cold store's receipt of the rice: the record the insider edits. */
	public EpcisEvent tampered() {
		return coldReceipt;
	}

	/**
	 * Registers the parties, sites and products the story needs (the demo's),
	 * once; the lots come with their steps.
	 */
	public static void registerMasterData(TraceStore store) {
		store.masterData().register(JilinMasterData.PARTIES, JilinMasterData.LOCATIONS, JilinMasterData.PRODUCTS);
	}

	/**
	 * Stores a step's records (its batches with the first) under the custody
	 * rules, as a user recording them would.
	 *
	 * @return the number of records stored
	 */
	public int record(TraceStore store, Step step) {
		List<EpcisEvent> records = events(step);
		store.importer().record(batches(step), records.get(0));
		records.subList(1, records.size()).forEach(store.importer()::record);
		return records.size();
	}

	/** The kilograms a recall lists as received by each of the story's shops: what {@link #shops()} says it must. */
	public Map<String, BigDecimal> received(RecallImpact recall) {
		Map<String, BigDecimal> received = new LinkedHashMap<>();
		for (String shop : shops().keySet()) {
			received.put(shop, recall.recipients().stream().filter(r -> shop.equals(r.party()) && r.how() == RecallImpact.Arrival.DELIVERED)
					.map(RecallImpact.Recipient::receivedKg).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		return received;
	}

	/**
	 * What an insider with the database's password does: lowers the quantity
	 * the cold store received in its stored JSON, bypassing every check. The
	 * chain still holds the hash ID of what was recorded.
	 *
	 * @return the number of rows changed: 1
	 */
	public int tamper(TraceStore store) {
		return store.events().tamperQuantity(coldReceipt.hashId(), RICE_KG, TAMPERED_KG);
	}

	/**
	 * Puts back what {@link #tamper} changed, so that the workspace verifies
	 * again for the next audience.
	 *
	 * @return the number of rows changed: 1
	 */
	public int restore(TraceStore store) {
		return store.events().tamperQuantity(coldReceipt.hashId(), TAMPERED_KG, RICE_KG);
	}

	private List<EpcisEvent> register() {
		return List.of(recorded(StepEvents.harvest(start, paddy.code(), PADDY_KG, KGM, MEIHE_PADDY.uri())));
	}

	private List<EpcisEvent> process() {
		OffsetDateTime t = start.plusDays(1);
		StepEvents.Handover toMill = new StepEvents.Handover(MEIHE_COOP.uri(), MEIHE_DRYER.uri(), JILIN_MILL.uri(),
				JILIN_MILL_SITE.uri());
		return List.of(
				recorded(StepEvents.transformation(t, BizSteps.DRYING, MEIHE_DRYER.uri()).input(paddy.code(), PADDY_KG, KGM)
						.output(dried.code(), DRIED_KG, KGM)),
				recorded(StepEvents.shipping(t.plusHours(20), dried.code(), DRIED_KG, KGM, toMill)),
				recorded(StepEvents.receiving(t.plusHours(30), dried.code(), DRIED_KG, KGM, toMill)),
				recorded(StepEvents.transformation(t.plusDays(2), BizSteps.MILLING, JILIN_MILL_SITE.uri())
						.input(dried.code(), DRIED_KG, KGM).output(rice.code(), RICE_KG, KGM)));
	}

	/** Eight hours in a refrigerated truck, one reading an hour; the cooling fails in the fourth and fifth. */
	private List<EpcisEvent> coldShipment() {
		OffsetDateTime t = start.plusDays(3).plusHours(4);
		StepEvents.Handover toStore = new StepEvents.Handover(JILIN_MILL.uri(), JILIN_MILL_SITE.uri(),
				CHANGCHUN_COLD.uri(), CHANGCHUN_COLD_SITE.uri());
		EventBuilder receipt = StepEvents.receiving(t.plusHours(8), rice.code(), RICE_KG, KGM, toStore);
		for (int h = 1; h <= 8; h++) {
			double celsius = h == 4 || h == 5 ? 19.5 : 9 + (h % 3);
			receipt.sensor(t.plusHours(h), "Temperature", BigDecimal.valueOf(celsius), "CEL"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		coldReceipt = recorded(receipt);
		return List.of(recorded(StepEvents.shipping(t, rice.code(), RICE_KG, KGM, toStore)), coldReceipt);
	}

	private List<EpcisEvent> inspection() {
		return List.of(recorded(StepEvents.inspecting(start.plusDays(4), rice.code(), BigDecimal.ONE, KGM,
				CHANGCHUN_COLD_SITE.uri(), true, null)));
	}

	private List<EpcisEvent> retail() {
		OffsetDateTime t = start.plusDays(5);
		List<EpcisEvent> retail = new ArrayList<>();
		BigDecimal[] shares = { SHOP_A_KG, SHOP_B_KG };
		List<StepEvents.Handover> toShops = new ArrayList<>();
		// Both shipments leave before the first arrives: the cold store holds the lot until then.
		for (int i = 0; i < shares.length; i++) {
			toShops.add(new StepEvents.Handover(CHANGCHUN_COLD.uri(), CHANGCHUN_COLD_SITE.uri(), SHOPS.get(i).uri(),
					SHOP_SITES.get(i).uri()));
			retail.add(recorded(StepEvents.shipping(t.plusHours(i), rice.code(), shares[i], KGM, toShops.get(i))));
		}
		for (int i = 0; i < shares.length; i++) {
			retail.add(recorded(StepEvents.receiving(t.plusHours(i + 3L), rice.code(), shares[i], KGM, toShops.get(i))));
		}
		retail.add(recorded(StepEvents.retailSelling(t.plusDays(1), rice.code(), SOLD_KG, KGM, SHOP_SITES.get(0).uri())));
		return retail;
	}

	/** Recorded a quarter of an hour after it happened, as a phone app does. */
	private static EpcisEvent recorded(EventBuilder event) {
		return event.recordedAfter(Duration.ofMinutes(15)).build();
	}
}
