package io.agritrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;

/**
 * A diamond with known kilograms: 10 t of paddy (A) reach the mill, are split
 * into two dried lots (B 6 t, C 4 t) and merged again into 7 t of rice (D),
 * which goes to two shops, 3 t and 4 t; shop 1 sells 1 t of it.
 */
class RecallImpactTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-01T08:00:00+08:00");
	private static final String A = Identifiers.lot("06901234000016", "A");
	private static final String B = Identifiers.lot("06901234000023", "B");
	private static final String C = Identifiers.lot("06901234000023", "C");
	private static final String D = Identifiers.lot("06901234000030", "D");
	private static final String PLOT = "https://id.gs1.org/414/6901234000016";
	private static final String COOP = "https://id.gs1.org/417/6901234000023";
	private static final String MILL = "https://id.gs1.org/417/6901234000047";
	private static final String MILL_SITE = "https://id.gs1.org/414/6901234000054";
	private static final String SHOP1 = "https://id.gs1.org/417/6901234000085";
	private static final String SHOP1_SITE = "https://id.gs1.org/414/6901234000092";
	private static final String SHOP2 = "https://id.gs1.org/417/6901234000061";
	private static final String SHOP2_SITE = "https://id.gs1.org/414/6901234000108";

	private static Trace diamond() {
		List<EpcisEvent> events = new ArrayList<>();
		events.add(StepEvents.harvest(T, A, kg(10_000), "KGM", PLOT).build());
		StepEvents.Handover toMill = new StepEvents.Handover(COOP, PLOT, MILL, MILL_SITE);
		events.add(StepEvents.shipping(T.plusDays(1), A, kg(10_000), "KGM", toMill).build());
		events.add(StepEvents.receiving(T.plusDays(1).plusHours(8), A, kg(10_000), "KGM", toMill).build());
		EpcisEvent split = StepEvents.transformation(T.plusDays(2), BizSteps.DRYING, MILL_SITE)
				.input(A, kg(10_000), "KGM").output(B, kg(6_000), "KGM").output(C, kg(4_000), "KGM").build();
		EpcisEvent merge = StepEvents.transformation(T.plusDays(3), BizSteps.MILLING, MILL_SITE)
				.input(B, kg(6_000), "KGM").input(C, kg(4_000), "KGM").output(D, kg(7_000), "KGM").build();
		events.add(split);
		events.add(merge);
		StepEvents.Handover to1 = new StepEvents.Handover(MILL, MILL_SITE, SHOP1, SHOP1_SITE);
		StepEvents.Handover to2 = new StepEvents.Handover(MILL, MILL_SITE, SHOP2, SHOP2_SITE);
		events.add(StepEvents.shipping(T.plusDays(4), D, kg(3_000), "KGM", to1).build());
		events.add(StepEvents.shipping(T.plusDays(4).plusHours(1), D, kg(4_000), "KGM", to2).build());
		events.add(StepEvents.receiving(T.plusDays(4).plusHours(5), D, kg(3_000), "KGM", to1).build());
		events.add(StepEvents.receiving(T.plusDays(4).plusHours(6), D, kg(4_000), "KGM", to2).build());
		events.add(StepEvents.retailSelling(T.plusDays(5), D, kg(1_000), "KGM", SHOP1_SITE).build());
		Lineage downstream = new Lineage(A, List.of(
				new LineageEdge(A, B, split.hashId(), LineageEdge.TRANSFORMATION),
				new LineageEdge(A, C, split.hashId(), LineageEdge.TRANSFORMATION),
				new LineageEdge(B, D, merge.hashId(), LineageEdge.TRANSFORMATION),
				new LineageEdge(C, D, merge.hashId(), LineageEdge.TRANSFORMATION)));
		Timeline all = new Timeline(events);
		return new Trace(A, new Lineage(A, List.of()), downstream,
				new Timeline(events.stream().filter(e -> e.mentions(A)).toList()), all, List.of(), Map.of(), Map.of());
	}

	private static BigDecimal kg(int kg) {
		return BigDecimal.valueOf(kg);
	}

	@Test
	void bothShopsAreFoundOnceWithTheKilogramsThatReachedThemThroughBothBranches() {
		RecallImpact recall = RecallImpact.of(diamond());

		List<RecallImpact.Recipient> atShops = recall.recipients().stream()
				.filter(r -> r.location().equals(SHOP1_SITE) || r.location().equals(SHOP2_SITE)).toList();
		assertEquals(2, atShops.size(), "the merge must not count the rice twice: " + atShops);
		RecallImpact.Recipient shop2 = atShops.get(0);
		assertEquals(SHOP2, shop2.party());
		assertEquals(D, shop2.item());
		assertEquals(0, shop2.receivedKg().compareTo(kg(4_000)));
		assertEquals(0, shop2.heldKg().compareTo(kg(4_000)));
		assertEquals(RecallImpact.Arrival.DELIVERED, shop2.how());
		RecallImpact.Recipient shop1 = atShops.get(1);
		assertEquals(0, shop1.receivedKg().compareTo(kg(3_000)));
		assertEquals(0, shop1.heldKg().compareTo(kg(2_000)), "shop 1 sold 1 t of its 3 t");
	}

	@Test
	void everyLotAtEveryPlaceIsListedMostKilogramsFirstWithWhatIsStillHeld() {
		RecallImpact recall = RecallImpact.of(diamond());

		assertEquals(7, recall.recipients().size(), recall.recipients().toString());
		assertEquals(List.of(A, A, D, B, C, D, D).stream().sorted().toList(),
				recall.recipients().stream().map(RecallImpact.Recipient::item).sorted().toList());
		assertEquals(0, recall.recipients().get(0).receivedKg().compareTo(kg(10_000)));
		assertTrue(recall.recipients().stream().filter(r -> r.item().equals(D) && r.location().equals(MILL_SITE))
				.allMatch(r -> r.how() == RecallImpact.Arrival.MADE), "the rice was made at the mill, not delivered");
		assertEquals(0, recall.heldKg().compareTo(kg(6_000)), "2 t at shop 1, 4 t at shop 2, nothing at the mill");
		assertEquals(Set.of(COOP, MILL, SHOP1, SHOP2), recall.parties());
	}
}
