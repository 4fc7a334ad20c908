package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;

/** The dashboard's figures over the demo data set, each checked against a count made directly from its events. */
class DashboardRepositoryTest {

	private static final Map<String, String> CATEGORY = JilinMasterData.PRODUCTS.stream()
			.collect(Collectors.toMap(Product::gtin, Product::category));
	private static final Map<String, String> DIVISION = JilinMasterData.LOCATIONS.stream()
			.collect(Collectors.toMap(Location::uri, Location::division));

	@TempDir
	Path workspace;
	private TraceStore store;
	private DemoDataSet demo;
	/** Half past seven in Jilin, still the day before in UTC: a day counted in the wrong zone shows. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void demo() {
		store = TraceStore.openWorkspace(workspace);
		demo = new DemoDataSet(CLOCK);
		demo.saveTo(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private DashboardRepository.Figures figures(String category, String prefecture) {
		return store.dashboard().figures(DashboardRepository.Filter.lastDays(400, CLOCK, category, prefecture));
	}

	private long count(Predicate<EpcisEvent> which) {
		return demo.events().stream().filter(which).count();
	}

	@Test
	void theProvinceCountsEveryEventInspectionAndHarvestedKilogram() {
		DashboardRepository.Figures all = figures(null, null);

		assertEquals(demo.events().size(), all.events());
		assertEquals(demo.events().size(), all.perDay().values().stream().mapToLong(d -> d[0]).sum());
		assertEquals(0, all.anchored(), "nothing is anchored without a chain");
		assertEquals(count(e -> BizSteps.INSPECTING.equals(e.bizStep())), all.inspections());
		assertEquals(count(e -> BizSteps.INSPECTING.equals(e.bizStep()) && !"non_conformant".equals(e.disposition())),
				all.passed());
		BigDecimal paddy = harvested(e -> true);
		assertTrue(paddy.signum() > 0);
		assertEquals(0, paddy.compareTo(all.kgByProduct().get(JilinMasterData.PADDY.gtin())), all.kgByProduct().toString());
		assertEquals(demo.batches().size(), all.batches());
		assertEquals(JilinMasterData.PARTIES.size(), all.organisations().values().stream().mapToLong(Long::longValue).sum());
		assertTrue(all.flows().stream().anyMatch(f -> f.from().equals(JilinMasterData.JILIN_MILL_SITE.division())
				&& f.to().equals(JilinMasterData.CHANGCHUN_COLD_SITE.division())), "rice from Jilin city to Changchun: " + all.flows());
	}

	/** The fresh demo, as the dashboard first shows it: nothing left out. */
	@Test
	void theLastThirtyDaysHoldTheWholeDemo() {
		DashboardRepository.Figures month = store.dashboard().figures(DashboardRepository.Filter.lastDays(30, CLOCK, null, null));

		assertEquals(demo.events().size(), month.events());
		assertEquals(demo.batches().size(), month.batches());
	}

	/**
	 * Whatever day a period starts on, its batches, events, harvested kilograms
	 * and events per day are counted by the same days in the workspace's zone:
	 * a period that started at its opening time less 30 days kept a lot
	 * harvested at 07:01 that morning (and its shipments) but not its harvest.
	 */
	@Test
	void everyFigureCountsTheSameWholeDaysInTheWorkspacesZone() {
		ZoneId zone = CLOCK.getZone();
		LocalDate today = LocalDate.now(CLOCK);
		LocalDate earliest = demo.batches().stream().map(ProductBatch::harvestDate).min(LocalDate::compareTo).orElseThrow();
		for (LocalDate first = earliest.minusDays(1); !first.isAfter(today); first = first.plusDays(1)) {
			LocalDate from = first;
			DashboardRepository.Figures f = store.dashboard().figures(new DashboardRepository.Filter(from, today, zone, null,
					null));
			Predicate<EpcisEvent> inPeriod = e -> !LocalDate.ofInstant(e.eventTime(), zone).isBefore(from);
			assertEquals(demo.batches().stream().filter(b -> !b.harvestDate().isBefore(from)).count(), f.batches(), from.toString());
			assertEquals(count(inPeriod), f.events(), from.toString());
			assertEquals(0, harvested(inPeriod).compareTo(f.kgByProduct().getOrDefault(JilinMasterData.PADDY.gtin(),
					BigDecimal.ZERO)), from.toString());
			TreeMap<LocalDate, Long> perDay = new TreeMap<>(demo.events().stream().filter(inPeriod)
					.collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.eventTime(), zone), Collectors.counting())));
			assertEquals(perDay, new TreeMap<>(f.perDay().entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey, d -> d.getValue()[0]))), from.toString());
		}
	}

	private BigDecimal harvested(Predicate<EpcisEvent> which) {
		return demo.events().stream().filter(which).filter(e -> BizSteps.shortName(BizSteps.HARVESTING).equals(e.bizStep()))
				.flatMap(e -> e.quantities().stream()).filter(q -> q.epcClass().contains(JilinMasterData.PADDY.gtin()))
				.map(QuantityElement::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void aCategoryAndAPrefectureCountOnlyTheirEvents() {
		long rice = count(e -> "rice".equals(category(e)));
		assertEquals(rice, figures("rice", null).events());

		long changchun = count(e -> site(e) != null && DIVISION.getOrDefault(site(e), "").startsWith("2201"));
		assertEquals(changchun, figures(null, "2201").events());
		assertEquals(List.of(), List.copyOf(figures("rice", "2224").kgByProduct().keySet()), "no rice is grown in Yanbian");
	}

	private static String category(EpcisEvent e) {
		List<QuantityElement> lots = e.outputQuantities().isEmpty() ? e.quantities() : e.outputQuantities();
		return lots.stream().map(q -> Identifiers.gtin(q.epcClass()).orElse(null)).filter(g -> g != null).findFirst()
				.map(CATEGORY::get).orElse(null);
	}

	private static String site(EpcisEvent e) {
		return e.bizLocation() != null ? e.bizLocation() : e.readPoint();
	}
}
