package io.agritrace.core.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy.Indicator;
import io.agritrace.core.model.ValidationException;

/** Indicators, score and grade from counts with known answers, under the default policy. */
class CreditProfileTest {

	/** 12 records, of which 10 verify: 9 complete, 1 late, 3 of 4 inspections passed, 1 of 5 shipments too warm, 1 corrected; 1 altered. */
	private static final CreditCounts COUNTS = new CreditCounts(12, 10, 9, 1, 4, 3, 5, 1, 120, 1, 1, 0);

	@Test
	void eachIndicatorIsItsShareAndTheScoreTheirWeightedMean() {
		CreditProfile profile = CreditProfile.of("coop", COUNTS, CreditPolicy.DEFAULTS);

		assertEquals(0.9, profile.indicator(Indicator.COMPLETENESS).value(), 1e-9);
		assertEquals(0.9, profile.indicator(Indicator.TIMELINESS).value(), 1e-9);
		assertEquals(0.75, profile.indicator(Indicator.INSPECTIONS).value(), 1e-9);
		assertEquals(0.8, profile.indicator(Indicator.COLD_CHAIN).score(), 1e-9);
		assertEquals(0.8, profile.indicator(Indicator.COLD_CHAIN).value(), 1e-9, "compliance: 4 of 5 kept in their band");
		assertEquals(4, profile.indicator(Indicator.COLD_CHAIN).numerator());
		assertEquals("80.0 %", IndicatorText.value(profile.indicator(Indicator.COLD_CHAIN), Locale.ENGLISH));
		assertEquals(10, profile.indicator(Indicator.CORRECTIONS).value(), 1e-9, "1 of 10 verified records: 10 per 100");
		assertEquals(0, profile.indicator(Indicator.CORRECTIONS).score(), 1e-9, "5 per 100 or more scores nothing");
		assertEquals(0.5, profile.indicator(Indicator.INTEGRITY).score(), 1e-9);
		// (25 × 0.9 + 15 × 0.9 + 25 × 0.75 + 15 × 0.8 + 10 × 0 + 10 × 0.5) / 100 = 71.75
		assertEquals(72, profile.score());
		assertEquals(CreditProfile.Grade.C, profile.grade());
		assertEquals(2, profile.counts().unverified());
	}

	@Test
	void anIndicatorWithNothingToCountIsLeftOutOfTheScore() {
		CreditCounts noInspections = new CreditCounts(10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		CreditProfile profile = CreditProfile.of("mill", noInspections, CreditPolicy.DEFAULTS);

		assertFalse(profile.indicator(Indicator.INSPECTIONS).applicable());
		assertFalse(profile.indicator(Indicator.COLD_CHAIN).applicable());
		assertEquals(100, profile.score());
		assertEquals(CreditProfile.Grade.A, profile.grade());
	}

	@Test
	void aFirmWithoutShipmentsMeasuredSaysSoAndItsScoreLeavesColdChainOut() {
		// 10 verified records, 4 of them late, no shipment with temperature readings.
		CreditCounts noShipments = new CreditCounts(10, 10, 10, 4, 0, 0, 0, 0, 0, 0, 0, 0);

		CreditProfile profile = CreditProfile.of("mill", noShipments, CreditPolicy.DEFAULTS);

		CreditProfile.Score coldChain = profile.indicator(Indicator.COLD_CHAIN);
		assertEquals("no shipments measured: left out of the score", IndicatorText.value(coldChain, Locale.ENGLISH));
		assertEquals("\u65e0\u6d4b\u6e29\u8fd0\u8f93\uff1a\u4e0d\u8ba1\u5165\u5f97\u5206",
				IndicatorText.value(coldChain, Locale.SIMPLIFIED_CHINESE));
		assertEquals("no inspections: left out of the score",
				IndicatorText.value(profile.indicator(Indicator.INSPECTIONS), Locale.ENGLISH));
		// (25 × 1 + 15 × 0.6 + 10 × 1 + 10 × 1) / 60 = 0.9: neither cold chain nor inspections count.
		assertEquals(90, profile.score());
	}

	@Test
	void withoutAVerifiedRecordThereIsNoGrade() {
		CreditProfile profile = CreditProfile.of("farm", new CreditCounts(7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
				CreditPolicy.DEFAULTS);

		assertNull(profile.score());
		assertNull(profile.grade());
	}

	@Test
	void weightsAndThresholdsComeFromPreferencesAndBreakingARuleNamesTheKey() {
		CreditPolicy strict = CreditPolicy.of(Map.of("weight.inspections", "100", "weight.completeness", "0",
				"weight.timeliness", "0", "weight.cold_chain", "0", "weight.corrections", "0", "weight.integrity", "0",
				"grade_a", "95"));
		CreditProfile profile = CreditProfile.of("coop", COUNTS, strict);
		assertEquals(75, profile.score(), "inspections only");
		assertEquals(CreditProfile.Grade.B, profile.grade());
		assertEquals(strict, CreditPolicy.of(strict.toPreferences()));
		Map<String, String> workspace = Map.of("credit.grade_a", "95", "organisation", "not ours");
		assertEquals(95, CreditPolicy.saved(workspace::get).gradeA(), "read from a workspace's preferences");

		assertEquals("grade_b", assertThrows(ValidationException.class,
				() -> CreditPolicy.of(Map.of("grade_a", "80", "grade_b", "85"))).field(), "B above A");
		assertEquals("weight.completeness", assertThrows(ValidationException.class,
				() -> CreditPolicy.of(Map.of("weight.completeness", "heavy"))).field());
	}
}
