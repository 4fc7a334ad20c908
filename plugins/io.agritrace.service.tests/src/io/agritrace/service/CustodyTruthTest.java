package io.agritrace.service;

import static io.agritrace.tests.harness.CoopToMill.COOP;
import static io.agritrace.tests.harness.CoopToMill.FIELD;
import static io.agritrace.tests.harness.CoopToMill.MILL;
import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.RICE;
import static io.agritrace.tests.harness.CoopToMill.T;
import static io.agritrace.tests.harness.CoopToMill.TO_MILL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.CoopToMill;

/**
 * One custody truth: for every lot of the demo data and every place, what is
 * on hand is what came there less what left, was used or was sold, and every
 * read of it (the store's holdings, the trace, the lot's story, the recall,
 * the navigator's listing, the wizards' choices, the trace's JSON) says the
 * same; and the cases that once disagreed.
 */
class CustodyTruthTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));
	private static final String SHOP_A = Gln.partyUri("6901234000031");
	private static final String SHOP_A_SITE = Gln.locationUri("6901234100038");
	private static final String SHOP_B = Gln.partyUri("6901234000048");
	private static final String SHOP_B_SITE = Gln.locationUri("6901234100045");

	@TempDir
	Path workspace;

	@Test
	void onTheDemoDataEveryPlaceHoldsWhatCameLessWhatLeftAndEveryReadSaysSo() throws Exception {
		DemoDataSet demo = new DemoDataSet(CLOCK);
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			Set<String> lots = new LinkedHashSet<>();
			demo.events().forEach(e -> e.mentioned().stream().filter(CustodyTruthTest::isLot).forEach(lots::add));
			int places = 0;
			for (String lot : lots) {
				CustodyChain stored = store.holdings().lot(lot);
				assertEquals(stored, store.traces().trace(lot).custody(), lot + ": the columns and the trace agree");
				for (CustodyChain.Stop stop : stored.stops()) {
					BigDecimal expected = expectedHeld(stop, stored, demo.events());
					assertTrue(expected == null ? stop.held() == null : expected.compareTo(stop.held()) == 0,
							lot + " at " + stop + ": expected " + expected);
					places++;
				}
				LotStory story = new LotStories(store).read(lot, Locale.ENGLISH);
				assertEquals(stored.onHand(), story.onHand(), lot + ": the lot's story");
				assertEquals(stored.transits(), story.inTransit(), lot + ": the story's shipments on their way");
				assertEquals(stored.onHand(), recallAtItsOwnPlaces(story.recall(), lot), lot + ": the recall");
				assertEquals(heldInJson(new Exports(store).traceJson(story.trace(), Locale.ENGLISH)),
						stored.stops().stream().map(s -> s.held() == null ? null : s.held().toPlainString()).toList(),
						lot + ": the trace's JSON");
			}
			assertTrue(places > lots.size(), "lots reach several places: " + places + " places, " + lots.size() + " lots");

			List<CustodyChain.Stop> onHand = store.holdings().all().onHand();
			assertEquals(onHand, RecordingChoices.read(store, Locale.ENGLISH).lots(), "the wizards' lots");
			BatchListing listing = BatchListing.read(store, Locale.ENGLISH);
			for (ProductBatch batch : demo.batches()) {
				List<String> holders = onHand.stream().filter(s -> s.item().equals(batch.code()))
						.map(s -> store.masterData().partyName(s.party(), Locale.ENGLISH)).distinct().toList();
				if (!holders.isEmpty()) {
					assertEquals(holders, listing.of(batch).holders(), batch.lot() + ": the navigator's holders");
				}
			}
		}
	}

	/** Every GS1 lot (class level), not an instance or a container. */
	private static boolean isLot(String item) {
		return item.startsWith("https://id.gs1.org/01/") && item.contains("/10/");
	}

	/**
	 * What came to the stop less what left it for another place (shipped, or
	 * taken on unrecorded), is on its way from it, or was used, sold or
	 * destroyed there, as the events themselves say; null where the events count nothing.
	 */
	private static BigDecimal expectedHeld(CustodyChain.Stop stop, CustodyChain custody, List<EpcisEvent> events) {
		if (stop.quantity() == null) {
			return null;
		}
		BigDecimal out = BigDecimal.ZERO;
		for (CustodyChain.Move move : custody.moves()) {
			if (move.from().equals(stop) && move.quantity() != null) {
				out = out.add(move.quantity());
			}
		}
		for (CustodyChain.Transit transit : custody.transits()) {
			if (transit.from().equals(stop) && transit.quantity() != null) {
				out = out.add(transit.quantity());
			}
		}
		for (EpcisEvent e : events) {
			String place = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
			boolean used = e.inputQuantities().stream().anyMatch(q -> q.epcClass().equals(stop.item()));
			boolean sold = BizSteps.RETAIL_SELLING.equals(e.bizStep()) || BizSteps.DESTROYING.equals(e.bizStep());
			if (Objects.equals(place, stop.location()) && (used || sold) && e.mentions(stop.item())) {
				QuantityElement q = CustodyChain.quantity(e, stop.item());
				out = q == null || q.quantity() == null ? out : out.add(q.quantity());
			}
		}
		return stop.quantity().subtract(out).max(BigDecimal.ZERO);
	}

	/** The recall's recipients of the lot itself, as stops on hand: where it is held, by whom, how much. */
	private static List<CustodyChain.Stop> recallAtItsOwnPlaces(RecallImpact recall, String lot) {
		List<CustodyChain.Stop> held = new ArrayList<>();
		recall.recipients().stream().filter(r -> r.item().equals(lot) && r.how() != RecallImpact.Arrival.ON_ITS_WAY
				&& r.held() != null && r.held().signum() > 0)
				.forEach(r -> held.add(new CustodyChain.Stop(lot, r.party(), r.location(), r.arrived(), null, r.received(),
						r.held(), r.uom())));
		return held;
	}

	private static List<String> heldInJson(String json) throws Exception {
		List<String> held = new ArrayList<>();
		for (JsonNode stop : new ObjectMapper().readTree(json).path("custody")) {
			held.add(stop.path("held").isNull() ? null : stop.path("held").decimalValue().toPlainString());
		}
		return held;
	}

	/**
	 * A cold store ships part of a lot to two shops: each shop holds what it
	 * received, the cold store the rest, and the cold store can still ship it.
	 */
	@Test
	void aLotShippedInPartToTwoShopsIsHeldByEachShopAndTheColdStoreKeepsTheRest() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			registerShops(store);
			store.importer().record(CoopToMill.shipping());
			store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, kg(1000), "KGM", TO_MILL).build());
			StepEvents.Handover toA = new StepEvents.Handover(MILL, MILL_SITE, SHOP_A, SHOP_A_SITE);
			StepEvents.Handover toB = new StepEvents.Handover(MILL, MILL_SITE, SHOP_B, SHOP_B_SITE);
			store.importer().record(StepEvents.shipping(T.plusDays(2), PADDY, kg(250), "KGM", toA).build());
			store.importer().record(StepEvents.shipping(T.plusDays(2).plusHours(1), PADDY, kg(250), "KGM", toB).build());
			store.importer().record(StepEvents.receiving(T.plusDays(2).plusHours(4), PADDY, kg(250), "KGM", toA).build());
			store.importer().record(StepEvents.receiving(T.plusDays(2).plusHours(5), PADDY, kg(249), "KGM", toB).build());

			LotStory story = new LotStories(store).read(PADDY, Locale.ENGLISH);
			assertEquals(List.of(List.of(MILL, "500"), List.of(SHOP_A, "250"), List.of(SHOP_B, "249")),
					story.onHand().stream().map(s -> List.of(s.party(), s.held().toPlainString())).toList());
			RecordingChoices choices = RecordingChoices.read(store, Locale.ENGLISH);
			CustodyChain.Stop atMill = choices.lots().stream().filter(s -> MILL.equals(s.party())).findFirst().orElseThrow();
			assertEquals(0, kg(500).compareTo(atMill.held()), "the mill is offered what it kept");
			assertTrue(choices.lotName(atMill).contains("500 kg") && choices.lotName(atMill).contains("Jilin Rice Mill"),
					choices.lotName(atMill));
			assertEquals(List.of(), store.importer().check(StepEvents.shipping(T.plusDays(3), PADDY, kg(500), "KGM", toA)
					.build()), "and may ship it");
		}
	}

	/**
	 * Part of a lot on its way is nowhere on hand, yet it is not lost: the
	 * story lists the shipment, the recall tells the party it is bound for,
	 * and the kilograms still held count it; more than the place holds cannot leave.
	 */
	@Test
	void whatIsOnItsWayIsInTheStoryAndTheRecallAndNoMoreThanIsHeldLeaves() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			registerShops(store);
			store.importer().record(CoopToMill.shipping());
			store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, kg(1000), "KGM", TO_MILL).build());
			StepEvents.Handover toA = new StepEvents.Handover(MILL, MILL_SITE, SHOP_A, SHOP_A_SITE);
			store.importer().record(StepEvents.shipping(T.plusDays(2), PADDY, kg(300), "KGM", toA).build());

			LotStory story = new LotStories(store).read(PADDY, Locale.ENGLISH);
			assertEquals(List.of(List.of(MILL, "700")),
					story.onHand().stream().map(s -> List.of(s.party(), s.held().toPlainString())).toList());
			assertEquals(List.of(List.of(SHOP_A, SHOP_A_SITE, "300")), story.inTransit().stream()
					.map(t -> List.of(t.toParty(), t.toLocation(), t.quantity().toPlainString())).toList());
			RecallImpact.Recipient onItsWay = story.recall().recipients().stream()
					.filter(r -> r.how() == RecallImpact.Arrival.ON_ITS_WAY).findFirst().orElseThrow();
			assertEquals(List.of(SHOP_A, SHOP_A_SITE, "300"),
					List.of(onItsWay.party(), onItsWay.location(), onItsWay.held().toPlainString()));
			assertEquals(0, kg(1000).compareTo(story.recall().heldKg()), "700 kg at the mill and 300 kg on the road");

			List<RuleViolation> tooMuch = store.importer()
					.check(StepEvents.shipping(T.plusDays(3), PADDY, kg(701), "KGM", toA).build());
			assertEquals(List.of("quantityList"), tooMuch.stream().map(RuleViolation::field).toList());
			String named = tooMuch.get(0).named(new Naming(store, Locale.ENGLISH)::anything).rule(Locale.ENGLISH);
			assertTrue(named.contains("Paddy, japonica cannot leave Mill: only 700 kg"), "named as people know them: " + named);
		}
	}

	/** The output of a transformation is held where it was made, by the site's operator. */
	@Test
	void aTransformationsOutputIsHeldByTheOperatorOfTheSiteItWasMadeAt() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			store.importer().record(CoopToMill.shipping());
			store.importer().record(StepEvents.receiving(T.plusDays(1).plusHours(6), PADDY, kg(1000), "KGM", TO_MILL).build());
			store.importer().record(StepEvents.transformation(T.plusDays(2), BizSteps.MILLING, MILL_SITE)
					.input(PADDY, kg(1000), "KGM").output(RICE, kg(680), "KGM").build());

			List<CustodyChain.Stop> rice = new LotStories(store).read(RICE, Locale.ENGLISH).onHand();
			assertEquals(List.of(List.of(MILL, MILL_SITE, "680")),
					rice.stream().map(s -> List.of(s.party(), s.location(), s.held().toPlainString())).toList());
			assertEquals(List.of(COOP), store.holdings().lot(PADDY).stops().stream().filter(s -> s.location().equals(FIELD))
					.map(CustodyChain.Stop::party).toList(), "the field's operator held the harvest");
		}
	}

	private static void registerShops(TraceStore store) {
		store.masterData().register(
				List.of(new Party(SHOP_A, null, null, "长春商店甲", "Changchun Shop A", "retailer", "220102", null, false),
						new Party(SHOP_B, null, null, "长春商店乙", "Changchun Shop B", "retailer", "220102", null, false)),
				List.of(new Location(SHOP_A_SITE, "220102", "商店甲", "Shop A", null, null, SHOP_A, false),
						new Location(SHOP_B_SITE, "220102", "商店乙", "Shop B", null, null, SHOP_B, false)),
				List.of());
	}

	private static BigDecimal kg(int kg) {
		return BigDecimal.valueOf(kg);
	}
}
