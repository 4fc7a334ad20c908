package io.agritrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.tests.harness.CoopToMill;
import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditPolicy.Indicator;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.StepEvents;

/**
 * The coop's and the mill's records, with known verdicts: the harvest, the
 * shipment (recorded two days late) and the receipt verify; a failed
 * inspection at the mill was never verified and must not count; another
 * inspection was altered after anchoring.
 */
class CreditRepositoryTest {

	@TempDir
	Path workspace;
	private TraceStore store;
	private EpcisEvent harvest;
	private EpcisEvent shipping;
	private EpcisEvent receipt;
	private EpcisEvent failed;
	private EpcisEvent altered;

	@BeforeEach
	void records() {
		store = TraceStore.openWorkspace(workspace);
		harvest = CoopToMill.harvestIn(store);
		shipping = StepEvents.shipping(CoopToMill.T.plusDays(1), CoopToMill.PADDY, BigDecimal.valueOf(1000), "KGM",
				CoopToMill.TO_MILL).recordedAfter(Duration.ofHours(48)).build();
		receipt = StepEvents.receiving(CoopToMill.T.plusDays(1).plusHours(6), CoopToMill.PADDY, BigDecimal.valueOf(1000),
				"KGM", CoopToMill.TO_MILL).recordedAfter(Duration.ofMinutes(10)).build();
		failed = StepEvents.inspecting(CoopToMill.T.plusDays(2), CoopToMill.PADDY, BigDecimal.ONE, "KGM",
				CoopToMill.MILL_SITE, false, null).recordedAfter(Duration.ofMinutes(5)).build();
		altered = StepEvents.inspecting(CoopToMill.T.plusDays(3), CoopToMill.PADDY, BigDecimal.ONE, "KGM",
				CoopToMill.MILL_SITE, true, null).recordedAfter(Duration.ofMinutes(5)).build();
		for (EpcisEvent e : List.of(shipping, receipt, failed, altered)) {
			store.importer().record(e);
		}
		Map<EventHashId, VerdictRepository.Verdict> verdicts = new HashMap<>();
		for (EpcisEvent e : List.of(harvest, shipping, receipt)) {
			verdicts.put(e.hashId(), VerdictRepository.Verdict.VERIFIED);
		}
		verdicts.put(altered.hashId(), VerdictRepository.Verdict.MISMATCH);
		store.verdicts().record(verdicts, List.of(), Instant.now());
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void onlyVerifiedRecordsCountAndTheUnverifiedFailedInspectionIsCountedApart() {
		Map<String, CreditCounts> all = store.credit().all(CreditPolicy.DEFAULTS);

		CreditCounts coop = all.get(CoopToMill.COOP);
		assertEquals(2, coop.records(), "the harvest and the shipment from its field");
		assertEquals(2, coop.verified());
		assertEquals(1, coop.late(), "the shipment was recorded 48 h after it left");
		CreditCounts mill = all.get(CoopToMill.MILL);
		assertEquals(3, mill.records(), "the receipt and both inspections at its site");
		assertEquals(1, mill.verified());
		assertEquals(0, mill.inspected(), "the failed inspection does not verify: it cannot lower the grade");
		assertEquals(1, mill.mismatches());
		CreditProfile profile = CreditProfile.of(CoopToMill.MILL, mill, CreditPolicy.DEFAULTS);
		assertEquals(2, profile.counts().unverified());
		assertEquals(0.5, profile.indicator(Indicator.INTEGRITY).score(), 1e-9);
	}

	@Test
	void aProfileByMonthAndTheRecordsBehindAnIndicator() {
		Map<YearMonth, CreditCounts> months = store.credit().monthly(CoopToMill.COOP, CreditPolicy.DEFAULTS);
		assertEquals(List.of(YearMonth.of(2026, 10)), List.copyOf(months.keySet()));

		List<CreditRepository.Record> late = store.credit().records(CoopToMill.COOP, Indicator.TIMELINESS,
				CreditPolicy.DEFAULTS, 10);
		assertEquals(1, late.size());
		assertEquals(shipping.hashId(), late.get(0).hashId());
		assertEquals(CoopToMill.PADDY, late.get(0).item());
		assertEquals("48 h", late.get(0).detail());
		assertTrue(store.credit().records(CoopToMill.MILL, Indicator.INSPECTIONS, CreditPolicy.DEFAULTS, 10).isEmpty(),
				"the failed inspection is not a verified record");
		assertEquals(altered.hashId(), store.credit().records(CoopToMill.MILL, Indicator.INTEGRITY,
				CreditPolicy.DEFAULTS, 10).get(0).hashId());
	}
}
