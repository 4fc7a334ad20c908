package io.agritrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.model.TypicalYield;

/**
 * A hand-made rice trace with known answers: paddy harvested at a Meihekou
 * plot, shipped to the mill, milled into rice at 70 % (or at 80 %, which no
 * mill gets), the rice shipped to a Changchun cold store that warms past 15 °C
 * for a while and is inspected there.
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
	private static final String COOP_SITE = "https://id.gs1.org/414/6901234000030";
	private static final String MILL = "https://id.gs1.org/417/6901234000047";
	private static final String MILL_SITE = "https://id.gs1.org/414/6901234000054";
	private static final String STORE = "https://id.gs1.org/417/6901234000061";
	private static final String STORE_SITE = "https://id.gs1.org/414/6901234000078";

	private static Trace trace(String riceKg) {
		List<EpcisEvent> events = new ArrayList<>();
		BigDecimal paddy = new BigDecimal("10000");
		BigDecimal rice = new BigDecimal(riceKg);
		events.add(StepEvents.harvest(T, P, paddy, "KGM", PLOT).build());
		StepEvents.Handover toMill = new StepEvents.Handover(COOP, COOP_SITE, MILL, MILL_SITE);
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
		Timeline all = new Timeline(events);
		EpcisEvent milling = events.get(3);
		Lineage upstream = new Lineage(R, List.of(new LineageEdge(P, R, milling.hashId(), LineageEdge.TRANSFORMATION)));
		return new Trace(R, upstream, new Lineage(R, List.of()),
				new Timeline(events.stream().filter(e -> e.mentions(R)).toList()), all, List.of(), Map.of());
	}

	@Test
	void custodyStopsRunFromPlotToMillToStoreAndTheMillingEndsThePaddy() {
		CustodyChain chain = CustodyChain.of(trace("7000"), List.of(P, R));

		List<CustodyChain.Stop> stops = chain.stops();
		assertEquals(4, stops.size());
		assertEquals(List.of(PLOT, MILL_SITE, MILL_SITE, STORE_SITE), stops.stream().map(CustodyChain.Stop::location).toList());
		assertNull(stops.get(0).party(), "a harvest names no possessing party");
		assertEquals(MILL, stops.get(1).party());
		assertEquals(T.plusDays(1).toInstant(), stops.get(0).to(), "the paddy left the plot when shipped");
		assertEquals(T.plusDays(3).toInstant(), stops.get(1).to(), "the milling used the paddy up");
		assertEquals(T.plusDays(4).plusHours(12).toInstant(), stops.get(3).from());
		assertNull(stops.get(3).to(), "the rice is still in store");
		assertEquals(new BigDecimal("7000"), stops.get(3).quantity());
	}

	@Test
	void eachShipmentIsAMoveFromOneStopToTheNext() {
		CustodyChain chain = CustodyChain.of(trace("7000"), List.of(P, R));

		assertEquals(2, chain.moves().size());
		CustodyChain.Move rice = chain.moves().get(1);
		assertEquals(R, rice.item());
		assertEquals(MILL_SITE, rice.from().location());
		assertEquals(STORE_SITE, rice.to().location());
		assertEquals(T.plusDays(4).toInstant(), rice.from().to(), "left the mill");
		assertEquals(T.plusDays(4).plusHours(12).toInstant(), rice.to().from(), "arrived at the store");
		assertEquals(new BigDecimal("7000"), rice.quantity());
		assertEquals(List.of(CustodyChain.Mark.Kind.SHIPPED, CustodyChain.Mark.Kind.RECEIVED, CustodyChain.Mark.Kind.SHIPPED,
				CustodyChain.Mark.Kind.RECEIVED, CustodyChain.Mark.Kind.INSPECTION_FAILED),
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
		List<String> findings = TraceFindings.of(trace("8000"), gtin -> Optional.ofNullable(CATALOGUE.get(gtin)),
				id -> Identifiers.lotNumber(id).orElse(id));

		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).startsWith("MR1: "), findings.get(0));
		assertTrue(findings.get(0).contains("(360 min), worst 18 °C"), "16.5 then 18 °C, six hours apart: " + findings.get(0));
		assertTrue(findings.get(1).contains("milling yielded 80.0 %") && findings.get(1).contains("68–72 %"), findings.get(1));
	}
}
