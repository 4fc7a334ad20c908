package io.agritrace.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.CustodyEvent;

/** Each custody rule, accepted and rejected, against a state held in maps. */
class CustodyRulesTest {

	private static final OffsetDateTime T = OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
	private static final String LOT = Identifiers.lot("06901234000016", "L1");
	private static final String COOP = "https://id.gs1.org/417/6901234000016";
	private static final String MILL = "https://id.gs1.org/417/6901234000023";
	private static final String MILL_SITE = "https://id.gs1.org/414/6901234001037";
	private static final String SHOP_SITE = "https://id.gs1.org/414/6901234001105";

	private final CustodyRules rules = new CustodyRules(Clock.fixed(T.plusDays(10).toInstant(), ZoneOffset.UTC));
	private final FakeState state = new FakeState();

	private List<String> fields(EpcisEvent e, boolean recordedHere) {
		return rules.check(e, state, recordedHere).stream().map(RuleViolation::field).toList();
	}

	private static EventBuilder observe(OffsetDateTime t, String step) {
		return EventBuilder.event(EventType.ObjectEvent, t).action("OBSERVE").bizStep(step).quantity(LOT, BigDecimal.TEN, "KGM");
	}

	@Test
	void anEventInTheFutureIsRejected() {
		state.firstSeen.put(LOT, T.toInstant());
		assertEquals(List.of(), fields(observe(T.plusDays(1), "inspecting").build(), false));
		assertEquals(List.of("eventTime"), fields(observe(T.plusDays(11), "inspecting").build(), false));
	}

	@Test
	void anEventBeforeTheBatchExistedIsRejected() {
		state.firstSeen.put(LOT, T.toInstant());
		assertEquals(List.of("eventTime"), fields(observe(T.minusHours(1), "inspecting").build(), false));
	}

	/** The "2026-02-07T03:22:00Z is before … existed (2026-11-18T23:23:00Z)", on a machine in UTC. */
	@Test
	void brokenTimeRulesWriteTimesInTheWorkspacesZone() {
		CustodyRules inJilin = new CustodyRules(Clock.fixed(T.plusDays(10).toInstant(), ZoneId.of("Asia/Shanghai")));
		state.firstSeen.put(LOT, Instant.parse("2026-11-18T23:23:00Z"));
		EpcisEvent early = observe(OffsetDateTime.parse("2026-02-07T11:22+08:00"), "inspecting").build();
		assertEquals("Event time: 2026-02-07 11:22 is before " + LOT + " existed (2026-11-19 07:23).",
				inJilin.check(early, state, false).get(0).rule(Locale.ENGLISH));
		EpcisEvent fromTokyo = observe(OffsetDateTime.parse("2026-02-07T12:22+09:00"), "inspecting").build();
		assertEquals("\u4e8b\u4ef6\u65f6\u95f4\uff1a2026-02-07 12:22 +09:00 \u65e9\u4e8e " + LOT
				+ " \u7684\u4ea7\u751f\u65f6\u95f4\uff082026-11-19 07:23\uff09\u3002",
				inJilin.check(fromTokyo, state, false).get(0).rule(Locale.SIMPLIFIED_CHINESE));
		EpcisEvent future = observe(T.plusDays(11), "inspecting").build();
		assertEquals("Event time: 2026-10-12 08:00 is in the future.", inJilin.check(future, state, false).get(0).rule(Locale.ENGLISH));
	}

	@Test
	void onlyTheHolderShips() {
		state.firstSeen.put(LOT, T.toInstant());
		state.receivedBy(COOP, MILL_SITE, BigDecimal.TEN);
		EpcisEvent byHolder = observe(T.plusDays(1), "shipping").source(PartyRef.POSSESSING_PARTY, COOP).build();
		EpcisEvent byOther = observe(T.plusDays(1), "shipping").source(PartyRef.POSSESSING_PARTY, MILL).build();
		assertEquals(List.of(), fields(byHolder, false));
		List<RuleViolation> violations = rules.check(byOther, state, false);
		assertEquals("sourceList", violations.get(0).field());
		assertTrue(violations.get(0).rule(Locale.ENGLISH).contains(COOP), violations.get(0).rule(Locale.ENGLISH));
	}

	@Test
	void eachHolderOfALotSplitBetweenPlacesShipsWhatItHolds() {
		state.firstSeen.put(LOT, T.toInstant());
		state.receivedBy(COOP, MILL_SITE, BigDecimal.TEN);
		state.receivedBy(MILL, SHOP_SITE, BigDecimal.ONE);
		assertEquals(List.of(), fields(observe(T.plusDays(1), "shipping").source(PartyRef.POSSESSING_PARTY, COOP).build(), false));
		assertEquals(List.of(), fields(observe(T.plusDays(1), "shipping").source(PartyRef.POSSESSING_PARTY, MILL).build(), false));
		assertEquals(List.of("sourceList"), fields(observe(T.plusDays(1), "shipping")
				.source(PartyRef.POSSESSING_PARTY, "https://id.gs1.org/417/6901234000030").build(), false));
	}

	@Test
	void aShipmentTakesNoMoreThanIsHeldWhereItLeaves() {
		state.firstSeen.put(LOT, T.toInstant());
		state.receivedBy(COOP, MILL_SITE, BigDecimal.TEN);
		assertEquals(List.of(), fields(shipFromMill(BigDecimal.TEN, "KGM"), false));
		assertEquals(List.of(), fields(shipFromMill(new BigDecimal("0.01"), "TNE"), false), "10 kg in tonnes");
		assertEquals(List.of("quantityList"), fields(shipFromMill(new BigDecimal("0.011"), "TNE"), false));
		List<RuleViolation> more = rules.check(shipFromMill(new BigDecimal("11"), "KGM"), state, false);
		assertEquals(List.of("quantityList"), more.stream().map(RuleViolation::field).toList());
		assertEquals("Quantity: 11 kg of " + LOT + " cannot leave " + MILL_SITE + ": only 10 kg of it are held there.",
				more.get(0).rule(Locale.ENGLISH));
		// 数量：… 仅存 10 千克，不能发出 11 千克。
		assertEquals("\u6570\u91cf\uff1a" + MILL_SITE + " \u5904 " + LOT + " \u4ec5\u5b58 10 \u5343\u514b\uff0c"
				+ "\u4e0d\u80fd\u53d1\u51fa 11 \u5343\u514b\u3002", more.get(0).rule(Locale.SIMPLIFIED_CHINESE),
				"the issue's \"quantityList\uff1a\u2026 KGM\": the field and the unit in Chinese words");
	}

	/** The newcomer's "仅存 16380 千克，不能发出 999999 千克": quantities in a rule's text are grouped in thousands. */
	@Test
	void aRuleWritesQuantitiesGroupedInThousandsInBothLanguages() {
		state.firstSeen.put(LOT, T.toInstant());
		state.receivedBy(COOP, MILL_SITE, new BigDecimal("16380"));
		RuleViolation more = rules.check(shipFromMill(new BigDecimal("999999"), "KGM"), state, false).get(0);
		assertEquals("Quantity: 999,999 kg of " + LOT + " cannot leave " + MILL_SITE + ": only 16,380 kg of it are held there.",
				more.rule(Locale.ENGLISH));
		// 数量：… 仅存 16,380 千克，不能发出 999,999 千克。
		assertTrue(more.rule(Locale.SIMPLIFIED_CHINESE).endsWith(
				" \u4ec5\u5b58 16,380 \u5343\u514b\uff0c\u4e0d\u80fd\u53d1\u51fa 999,999 \u5343\u514b\u3002"),
				more.rule(Locale.SIMPLIFIED_CHINESE));
		assertEquals("999999", more.value(), "the value at fault stays a plain number");
		RuleViolation tonnes = rules.check(shipFromMill(new BigDecimal("1234.5"), "TNE"), state, false).get(0);
		assertTrue(tonnes.rule(Locale.ENGLISH).startsWith("Quantity: 1,234.5 t of "), tonnes.rule(Locale.ENGLISH));
		assertTrue(tonnes.rule(Locale.ENGLISH).endsWith("only 16.38 t of it are held there."), tonnes.rule(Locale.ENGLISH));
	}

	@Test
	void aQuantityBelowZeroIsRejected() {
		state.firstSeen.put(LOT, T.toInstant());
		List<RuleViolation> below = rules.check(EventBuilder.event(EventType.ObjectEvent, T.plusDays(1)).action("OBSERVE")
				.bizStep("inspecting").quantity(LOT, new BigDecimal("-5"), "KGM").build(), state, false);
		assertEquals(List.of("quantityList"), below.stream().map(RuleViolation::field).toList());
		assertEquals("Quantity: the quantity -5 of " + LOT + " is below zero.", below.get(0).rule(Locale.ENGLISH));
		assertTrue(below.get(0).rule(Locale.SIMPLIFIED_CHINESE).startsWith("\u6570\u91cf\uff1a"), // 数量：
				below.get(0).rule(Locale.SIMPLIFIED_CHINESE));
	}

	private static EpcisEvent shipFromMill(BigDecimal quantity, String uom) {
		return EventBuilder.event(EventType.ObjectEvent, T.plusDays(1)).action("OBSERVE").bizStep("shipping")
				.bizLocation(MILL_SITE).source(PartyRef.POSSESSING_PARTY, COOP).quantity(LOT, quantity, uom).build();
	}

	@Test
	void aShipmentIsReceivedOnlyAtItsDestination() {
		state.firstSeen.put(LOT, T.toInstant());
		state.shippedTo(MILL_SITE);
		assertEquals(List.of(), fields(observe(T.plusDays(1), "receiving").bizLocation(MILL_SITE).build(), false));
		assertEquals(List.of("bizLocation"), fields(observe(T.plusDays(1), "receiving").bizLocation(SHOP_SITE).build(), false));
	}

	@Test
	void nothingHappensToADestroyedOrUsedUpBatch() {
		state.firstSeen.put(LOT, T.toInstant());
		state.destroyed.add(LOT);
		assertEquals(List.of("item"), fields(observe(T.plusDays(1), "inspecting").build(), false));
		state.destroyed.clear();
		state.created.put(LOT, BigDecimal.valueOf(100));
		state.consumed.put(LOT, BigDecimal.valueOf(100));
		assertEquals(List.of("item"), fields(observe(T.plusDays(1), "inspecting").build(), false));
		state.consumed.put(LOT, BigDecimal.valueOf(40));
		assertEquals(List.of(), fields(observe(T.plusDays(1), "inspecting").build(), false));
	}

	@Test
	void aTransformationMayLoseButNotGainWeight() {
		state.firstSeen.put(LOT, T.toInstant());
		String out = Identifiers.lot("06901234000030", "R1");
		EventBuilder milling = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).input(LOT, BigDecimal.valueOf(1), "TNE");
		assertEquals(List.of(), fields(milling.output(out, BigDecimal.valueOf(700), "KGM").build(), false));
		EventBuilder gaining = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).input(LOT, BigDecimal.valueOf(1), "TNE");
		assertEquals(List.of("outputQuantityList"), fields(gaining.output(out, BigDecimal.valueOf(1001), "KGM").build(), false));
	}

	/** The issue: red ginseng "milled" into Meihe rice was accepted. */
	@Test
	void aTransformationMakesAProductOfItsInputsKindInAStepThatMakesIt() {
		String ginseng = Identifiers.lot("06901234000054", "G1");
		String rice = Identifiers.lot("06901234000030", "R1");
		state.firstSeen.put(ginseng, T.toInstant());
		state.firstSeen.put(LOT, T.toInstant());
		state.categories.putAll(Map.of("06901234000054", "ginseng", "06901234000030", "rice", "06901234000016", "grain"));
		EpcisEvent milledGinseng = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).bizStep(BizSteps.MILLING)
				.input(ginseng, BigDecimal.valueOf(100), "KGM").output(rice, BigDecimal.valueOf(70), "KGM").build();
		List<RuleViolation> broken = rules.check(milledGinseng, state, true).stream()
				.filter(v -> v.message().key() == RuleTexts.Rule_notMadeFrom).toList();
		assertEquals(1, broken.size(), broken.toString());
		assertTrue(broken.get(0).rule(Locale.ENGLISH).contains(rice) && broken.get(0).rule(Locale.ENGLISH).contains(ginseng),
				"names the products: " + broken.get(0));
		assertTrue(broken.get(0).rule(Locale.SIMPLIFIED_CHINESE).contains("同一类产品"), broken.get(0).rule(Locale.SIMPLIFIED_CHINESE));

		EpcisEvent milledPaddy = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).bizStep(BizSteps.MILLING)
				.input(LOT, BigDecimal.valueOf(100), "KGM").output(rice, BigDecimal.valueOf(70), "KGM").build();
		assertEquals(List.of(), CustodyRules.products(milledPaddy, gtin -> Optional.ofNullable(state.categories.get(gtin))));
		EpcisEvent killedPaddy = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).bizStep(BizSteps.KILLING)
				.input(LOT, BigDecimal.valueOf(100), "KGM").output(rice, BigDecimal.valueOf(70), "KGM").build();
		assertEquals(List.of("bizStep"), CustodyRules.products(killedPaddy, gtin -> Optional.ofNullable(state.categories.get(gtin)))
				.stream().map(RuleViolation::field).toList(), "the yield table kills only cattle");
		EpcisEvent driedPaddy = EventBuilder.event(EventType.TransformationEvent, T.plusDays(1)).bizStep(BizSteps.DRYING)
				.input(LOT, BigDecimal.valueOf(100), "KGM").output(LOT + "D", BigDecimal.valueOf(90), "KGM").build();
		assertEquals(List.of(), CustodyRules.products(driedPaddy, gtin -> Optional.ofNullable(state.categories.get(gtin))),
				"a category the table does not know is judged by category alone");
		assertEquals(List.of(), CustodyRules.products(milledGinseng, gtin -> Optional.empty()), "unknown categories are left alone");
	}

	@Test
	void aChildInAnotherContainerCannotBePackedAgain() {
		String sscc = "https://id.gs1.org/00/069012340000000016";
		state.firstSeen.put(LOT, T.toInstant());
		EpcisEvent packing = EventBuilder.event(EventType.AggregationEvent, T.plusDays(1)).action("ADD").parent(sscc)
				.child(LOT, BigDecimal.ONE, "KGM").build();
		assertEquals(List.of(), fields(packing, false));
		state.container.put(LOT, "https://id.gs1.org/00/069012340000000023");
		assertEquals(List.of("childEPCs"), fields(packing, false));
	}

	@Test
	void recordedEventsNeedKnownItemsPartiesLocationsAndProducts() {
		EpcisEvent shipping = observe(T.plusDays(1), "shipping").source(PartyRef.POSSESSING_PARTY, COOP)
				.destination(PartyRef.LOCATION, MILL_SITE).build();
		List<String> unknown = fields(shipping, true);
		assertTrue(unknown.containsAll(List.of("item", "party", "location", "product")), unknown.toString());
		assertEquals(List.of(), fields(shipping, false), "an import may introduce them");
		state.firstSeen.put(LOT, T.toInstant());
		state.parties.add(COOP);
		state.locations.add(MILL_SITE);
		state.products.add("06901234000016");
		assertEquals(List.of(), fields(shipping, true));
	}

	/** Custody state in maps, set by each test. */
	private static final class FakeState implements CustodyState {
		final Map<String, Instant> firstSeen = new HashMap<>();
		final List<CustodyEvent> custody = new ArrayList<>();
		final Set<String> destroyed = new HashSet<>();
		final Map<String, BigDecimal> created = new HashMap<>();
		final Map<String, BigDecimal> consumed = new HashMap<>();
		final Map<String, String> container = new HashMap<>();
		final Set<String> parties = new HashSet<>();
		final Set<String> locations = new HashSet<>();
		final Set<String> products = new HashSet<>();
		final Map<String, String> categories = new HashMap<>();

		@Override
		public Optional<ItemHistory> history(String item) {
			return Optional.ofNullable(firstSeen.get(item)).map(first -> new ItemHistory(first, destroyed.contains(item),
					created.getOrDefault(item, BigDecimal.ZERO), consumed.getOrDefault(item, BigDecimal.ZERO)));
		}

		/** The lot's quantity arrives at a place, received by a party. */
		void receivedBy(String party, String place, BigDecimal quantity) {
			custody.add(new CustodyEvent(null, T.toInstant(), BizSteps.RECEIVING, null, place, null, null, party, place,
					new QuantityElement(LOT, quantity, "KGM"), false));
		}

		/** The lot leaves for a place, with no receipt yet. */
		void shippedTo(String place) {
			custody.add(new CustodyEvent(null, T.toInstant(), BizSteps.SHIPPING, null, null, COOP, null, MILL, place,
					new QuantityElement(LOT, BigDecimal.TEN, "KGM"), false));
		}

		@Override
		public CustodyChain custody(String item) {
			return CustodyChain.of(Map.of(item, item.equals(LOT) ? custody : List.of()), place -> null);
		}

		@Override
		public Optional<String> container(String item) {
			return Optional.ofNullable(container.get(item));
		}

		@Override
		public boolean knownParty(String uri) {
			return parties.contains(uri);
		}

		@Override
		public boolean knownLocation(String uri) {
			return locations.contains(uri);
		}

		@Override
		public boolean knownProduct(String gtin) {
			return products.contains(gtin);
		}

		@Override
		public Optional<String> category(String gtin) {
			return Optional.ofNullable(categories.get(gtin));
		}
	}
}
