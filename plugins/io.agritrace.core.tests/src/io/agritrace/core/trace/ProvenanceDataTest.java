package io.agritrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.model.TypicalYield;

/**
 * A hand-made rice trace with known answers: paddy harvested at a Meihekou
 * plot, shipped to the mill, milled into rice at 70 % (or at 80 %, which no
 * mill gets), the rice shipped to a Changchun cold store that warms past 15 °C
 * for a while, inspected there, and split between two shops, one of which
 * sells its share.
 */
class ProvenanceDataTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-01T08:00:00+08:00");
	private static final Product PADDY = new Product("06901234000016", "梅河稻谷", "Meihe paddy", "rice", "KGM",
			StorageBand.LOW_TEMPERATURE_GRAIN, false);
	private static final Product RICE = new Product("06901234000030", "梅河大米", "Meihe rice", "rice", "KGM",
			StorageBand.LOW_TEMPERATURE_GRAIN, false);
	private static final Map<String, Product> CATALOGUE = Map.of(PADDY.gtin(), PADDY, RICE.gtin(), RICE);
	private static final String P = Identifiers.lot(PADDY.gtin(), "MH1");
	private static final String R = Identifiers.lot(RICE.gtin(), "MR1");
	private static final String PLOT = "https://id.gs1.org/414/6901234000016";
	private static final String COOP = "https://id.gs1.org/417/6901234000023";
	private static final String MILL = "https://id.gs1.org/417/6901234000047";
	private static final String MILL_SITE = "https://id.gs1.org/414/6901234000054";
	private static final String STORE = "https://id.gs1.org/417/6901234000061";
	private static final String STORE_SITE = "https://id.gs1.org/414/6901234000078";
	private static final String SHOP = "https://id.gs1.org/417/6901234000085";
	private static final String SHOP_A = "https://id.gs1.org/414/6901234000092";
	private static final String SHOP_B = "https://id.gs1.org/414/6901234000108";

	private static Trace trace(String riceKg) {
		List<EpcisEvent> events = new ArrayList<>();
		BigDecimal paddy = new BigDecimal("10000");
		BigDecimal rice = new BigDecimal(riceKg);
		events.add(StepEvents.harvest(T, P, paddy, "KGM", PLOT).build());
		StepEvents.Handover toMill = new StepEvents.Handover(COOP, PLOT, MILL, MILL_SITE);
		events.add(StepEvents.shipping(T.plusDays(1), P, paddy, "KGM", toMill).build());
		events.add(StepEvents.receiving(T.plusDays(1).plusHours(10), P, paddy, "KGM", toMill).build());
		events.add(StepEvents.transformation(T.plusDays(3), BizSteps.MILLING, MILL_SITE).input(P, paddy, "KGM")
				.output(R, rice, "KGM").build());
		StepEvents.Handover toStore = new StepEvents.Handover(MILL, MILL_SITE, STORE, STORE_SITE);
		events.add(StepEvents.shipping(T.plusDays(4), R, rice, "KGM", toStore).build());
		EventBuilder received = StepEvents.receiving(T.plusDays(4).plusHours(12), R, rice, "KGM", toStore);
		String[] celsius = { "9", "12", "16.5", "18", "14", "59" };
		String[] units = { "CEL", "CEL", "CEL", "CEL", "CEL", "FAR" };
		for (int i = 0; i < celsius.length; i++) {
			received.sensor(T.plusDays(4).plusHours(12 + 6L * i), "Temperature", new BigDecimal(celsius[i]), units[i]);
		}
		events.add(received.build());
		events.add(StepEvents.inspecting(T.plusDays(6), R, BigDecimal.ONE, "KGM", STORE_SITE, false, null).build());
		StepEvents.Handover toA = new StepEvents.Handover(STORE, STORE_SITE, SHOP, SHOP_A);
		StepEvents.Handover toB = new StepEvents.Handover(STORE, STORE_SITE, SHOP, SHOP_B);
		BigDecimal a = new BigDecimal("3000");
		BigDecimal b = rice.subtract(a);
		events.add(StepEvents.shipping(T.plusDays(7), R, a, "KGM", toA).build());
		events.add(StepEvents.shipping(T.plusDays(7).plusHours(1), R, b, "KGM", toB).build());
		events.add(StepEvents.receiving(T.plusDays(7).plusHours(3), R, a, "KGM", toA).build());
		events.add(StepEvents.receiving(T.plusDays(7).plusHours(5), R, b, "KGM", toB).build());
		events.add(StepEvents.retailSelling(T.plusDays(8), R, a, "KGM", SHOP_A).build());
		Timeline all = new Timeline(events);
		EpcisEvent milling = events.get(3);
		Lineage upstream = new Lineage(R, List.of(new LineageEdge(P, R, milling.hashId(), LineageEdge.TRANSFORMATION)));
		return new Trace(R, upstream, new Lineage(R, List.of()),
				new Timeline(events.stream().filter(e -> e.mentions(R)).toList()), all, List.of(), Map.of(), Map.of());
	}

	@Test
	void custodyStopsRunFromPlotToMillToStoreToBothShopsAtOnce() {
		CustodyChain chain = CustodyChain.of(trace("7000"), List.of(P, R));

		List<CustodyChain.Stop> stops = chain.stops();
		assertEquals(List.of(PLOT, MILL_SITE, MILL_SITE, STORE_SITE, SHOP_A, SHOP_B),
				stops.stream().map(CustodyChain.Stop::location).toList());
		assertEquals(COOP, stops.get(0).party(), "the harvest names no holder; the shipment from the plot does");
		assertEquals(MILL, stops.get(1).party());
		assertEquals(T.plusDays(1).toInstant(), stops.get(0).to(), "the paddy left the plot when shipped");
		assertEquals(T.plusDays(3).toInstant(), stops.get(1).to(), "the milling used the paddy up");
		assertEquals(T.plusDays(3).toInstant(), stops.get(2).from(), "the rice was made at the mill");
		assertEquals(T.plusDays(7).plusHours(1).toInstant(), stops.get(3).to(), "the store's last rice left for shop B");
		assertEquals(new BigDecimal("7000"), stops.get(3).quantity());
		assertEquals(T.plusDays(8).toInstant(), stops.get(4).to(), "shop A sold its share");
		assertEquals(new BigDecimal("3000"), stops.get(4).quantity());
		assertNull(stops.get(5).to(), "shop B still has its share");
	}

	@Test
	void eachShipmentIsAMoveToWhereItWasReceived() {
		CustodyChain chain = CustodyChain.of(trace("7000"), List.of(P, R));

		assertEquals(4, chain.moves().size());
		CustodyChain.Move toStore = chain.moves().get(1);
		assertEquals(R, toStore.item());
		assertEquals(MILL_SITE, toStore.from().location());
		assertEquals(STORE_SITE, toStore.to().location());
		assertEquals(T.plusDays(4).toInstant(), toStore.left());
		assertEquals(T.plusDays(4).plusHours(12).toInstant(), toStore.arrived());
		CustodyChain.Move toB = chain.moves().get(3);
		assertEquals(STORE_SITE, toB.from().location());
		assertEquals(SHOP_B, toB.to().location(), "shop B's receipt ends the shipment bound for it");
		assertEquals(new BigDecimal("4000"), toB.quantity());
		assertEquals(T.plusDays(7).plusHours(5).toInstant(), toB.arrived());
		assertEquals(List.of(CustodyChain.Mark.Kind.SHIPPED, CustodyChain.Mark.Kind.RECEIVED, CustodyChain.Mark.Kind.SHIPPED,
				CustodyChain.Mark.Kind.RECEIVED, CustodyChain.Mark.Kind.INSPECTION_FAILED, CustodyChain.Mark.Kind.SHIPPED,
				CustodyChain.Mark.Kind.SHIPPED, CustodyChain.Mark.Kind.RECEIVED, CustodyChain.Mark.Kind.RECEIVED),
				chain.marks().stream().map(CustodyChain.Mark::kind).toList());
	}

	@Test
	void theMillingYieldIsComparedWithTheTypicalRange() {
		MassBalance milling = MassBalance.of(trace("7000"), item -> "rice").get(0);

		assertEquals(new BigDecimal("10000"), milling.inputKg());
		assertEquals(new BigDecimal("7000"), milling.outputKg());
		assertEquals(new BigDecimal("70.0"), milling.yieldPercent().orElseThrow());
		assertEquals(TypicalYield.RICE_MILLING, milling.typical());
		assertFalse(milling.implausible());
		assertTrue(MassBalance.of(trace("8000"), item -> "rice").get(0).implausible(), "80 % of the paddy is no milling");
		assertNull(MassBalance.of(trace("7000"), item -> null).get(0).typical(), "no range for an unknown product");
	}

	@Test
	void theExcursionAndTheImplausibleYieldAreWarningsOfTheTrace() {
		List<Finding> findings = TraceFindings.of(trace("8000"), ZoneId.of("Asia/Shanghai"),
				gtin -> Optional.ofNullable(CATALOGUE.get(gtin)),
				id -> language -> DisplayLanguage.pick(language, "冷库", "the cold store"));

		assertEquals(2, findings.size(), findings.toString());
		String excursion = findings.get(0).text(Locale.ENGLISH);
		String yield = findings.get(1).text(Locale.ENGLISH);
		assertTrue(excursion.startsWith("MR1: "), excursion);
		assertTrue(excursion.contains("(360 min), worst 18 °C at the cold store"), "16.5 then 18 °C, six hours apart: " + excursion);
		assertTrue(excursion.contains("from 2026-11-06 08:00 to 2026-11-06 14:00 "), "in the workspace's zone: " + excursion);
		assertTrue(yield.contains("milling yielded 80.0 %") && yield.contains("68–72 %"), yield);
		assertEquals(List.of("Findings_excursion", "Findings_yield"),
				findings.stream().map(f -> f.messages().get(0).code()).toList());
		String inChinese = findings.get(0).text(Locale.SIMPLIFIED_CHINESE);
		assertTrue(inChinese.startsWith("MR1：") && inChinese.contains("（360 分钟），最差 18 °C，地点 冷库"), inChinese);
	}

	/** The newcomer's "excursion 0 min": one reading out of the band is said to be one, with its value, time and place. */
	@Test
	void aSingleReadingOutOfTheBandIsWarnedOfAsOneReadingNotAsZeroMinutes() {
		EventBuilder stored = StepEvents.storing(T.plusDays(5), R, new BigDecimal("7000"), "KGM", STORE_SITE);
		String[] celsius = { "12", "16.5", "14" };
		for (int i = 0; i < celsius.length; i++) {
			stored.sensor(T.plusDays(4).plusHours(6L * i), "Temperature", new BigDecimal(celsius[i]), "CEL");
		}
		Timeline events = new Timeline(List.of(stored.build()));
		Trace trace = new Trace(R, new Lineage(R, List.of()), new Lineage(R, List.of()), events, events, List.of(), Map.of(),
				Map.of());

		List<Finding> findings = TraceFindings.of(trace, ZoneId.of("Asia/Shanghai"),
				gtin -> Optional.ofNullable(CATALOGUE.get(gtin)), id -> language -> DisplayLanguage.pick(language, "冷库", "the cold store"));

		assertEquals(List.of("Findings_excursionReading"), findings.stream().map(f -> f.messages().get(0).code()).toList());
		String english = findings.get(0).text(Locale.ENGLISH);
		assertTrue(english.endsWith(" in one reading, 16.5 °C at 2026-11-05 14:00 in the cold store"), english);
		String inChinese = findings.get(0).text(Locale.SIMPLIFIED_CHINESE);
		assertTrue(inChinese.startsWith("MR1：2026-11-05 14:00 单次读数温度超出") && inChinese.endsWith("：16.5 °C，地点 冷库"), inChinese);
		assertFalse(english.contains("min") || inChinese.contains("分钟"), english + "\n" + inChinese);
	}
}
