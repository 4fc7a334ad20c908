package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.anchor.Verification;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

/** What Chain > Verify All reports: the counts by verdict and every record that no longer verifies, in both languages. */
class VerificationReportTest {

	@Test
	void theCountsInASentenceAndTheAlteredRecordNamed(@TempDir Path workspace) {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			EpcisEvent altered = demo.events().get(3);
			store.verdicts().record(Map.of(altered.hashId(), VerdictRepository.Verdict.MISMATCH), List.of(), Instant.now());

			VerificationReport report = VerificationReport.of(store,
					Map.of(Verification.State.VERIFIED, 40, Verification.State.PENDING, 2, Verification.State.MISMATCH, 1),
					Locale.ENGLISH);

			assertEquals(43, report.checked());
			assertEquals("Records checked against the chain: 43. Verified 40, waiting for their anchor 2, not on chain 0, "
					+ "altered since anchoring 1; events on chain missing here: 0.", report.summary(Locale.ENGLISH));
			assertTrue(report.summary(Locale.SIMPLIFIED_CHINESE).startsWith("\u5df2\u5bf9\u7167\u94fe\u4e0a\u5b58\u8bc1\u6838\u9a8c 43"),
					report.summary(Locale.SIMPLIFIED_CHINESE));
			assertEquals(1, report.incidents().size());
			assertEquals(altered.hashId(), report.incidents().get(0).verdict().hashId());
			assertTrue(report.incidents().get(0).text().contains(altered.hashId().toString()), report.incidents().get(0).text());
		}
	}
}
