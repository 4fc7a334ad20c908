package io.agritrace.service;

import static io.agritrace.tests.harness.CoopToMill.COOP;
import static io.agritrace.tests.harness.CoopToMill.FIELD;
import static io.agritrace.tests.harness.CoopToMill.MILL;
import static io.agritrace.tests.harness.CoopToMill.MILL_SITE;
import static io.agritrace.tests.harness.CoopToMill.PADDY;
import static io.agritrace.tests.harness.CoopToMill.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.text.Localized;
import io.agritrace.core.trace.Finding;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.CoopToMill;

/**
 * One process answers two readers in two languages at once: the same rule
 * violation, import problem and trace finding, rendered in Chinese and in
 * English on several threads together, each time read exactly as its own
 * language writes it. Nothing falls back to the JVM's locale.
 */
class TextsInTwoLanguagesTest {

	private static final int THREADS = 8;
	private static final int ROUNDS = 400;

	@TempDir
	Path workspace;

	@Test
	void theSameTextsRenderInChineseAndEnglishConcurrently() throws Exception {
		RuleViolation violation;
		Finding problem;
		Finding finding;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			CoopToMill.harvestIn(store);
			// The mill ships the paddy the cooperative holds.
			EpcisEvent stolen = StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(1000), "KGM",
					new StepEvents.Handover(MILL, MILL_SITE, COOP, FIELD)).build();
			violation = store.importer().check(stolen).get(0);
			problem = store.importer().importDocument(new ByteArrayInputStream(document(stolen)), false, () -> false)
					.warnings().get(0);
			store.importer().correct(new Correction(stolen, Correction.DID_NOT_OCCUR, null, T.plusDays(2)));
			finding = store.traces().trace(PADDY).findings().stream()
					.filter(f -> f.messages().get(0).code().equals("Findings_corrected")).findFirst().orElseThrow();
			assertEquals(problem, store.traces().trace(PADDY).findings().get(0), "the store keeps the import's codes");
		}
		String hash = problem.subject();
		String ruleEn = "Shipper: " + MILL + " cannot ship " + PADDY + ": it is held by " + COOP + ".";
		String ruleZh = "发出方：" + MILL + " 不能发运 " + PADDY + "，其当前持有方是 " + COOP + "。";
		Map<Localized, Map<Locale, String>> expected = Map.of(
				language -> violation.rule(language), Map.of(Locale.ENGLISH, ruleEn, Locale.SIMPLIFIED_CHINESE, ruleZh),
				problem, Map.of(Locale.ENGLISH, hash + ": " + ruleEn, Locale.SIMPLIFIED_CHINESE, hash + "：" + ruleZh),
				finding, Map.of(Locale.ENGLISH, hash + ": declared erroneous (did_not_occur); corrective event -",
						Locale.SIMPLIFIED_CHINESE, hash + "：已申报为错误（did_not_occur）；更正事件 -"));

		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMAN); // a server's own locale is none of its readers'
		ResourceBundle.clearCache(Finding.class.getClassLoader()); // the threads load the texts themselves
		Queue<String> wrong = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					start.await();
					int rendered = 0;
					for (int round = 0; round < ROUNDS; round++) {
						Locale language = (thread + round) % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
						for (Map.Entry<Localized, Map<Locale, String>> text : expected.entrySet()) {
							String got = text.getKey().text(language);
							if (!got.equals(text.getValue().get(language))) {
								wrong.add(language + ": " + got);
							}
							rendered++;
						}
					}
					return rendered;
				}));
			}
			start.countDown();
			int rendered = 0;
			for (Future<Integer> f : done) {
				rendered += f.get();
			}
			assertEquals(THREADS * ROUNDS * expected.size(), rendered);
		} finally {
			pool.shutdown();
			Locale.setDefault(before);
		}
		assertEquals(List.of(), List.copyOf(wrong));
		assertEquals("Rule_notHolder", violation.message().code());
		assertEquals(List.of(violation.message()), problem.messages(), "the import problem carries the rule's code");
	}

	private static byte[] document(EpcisEvent event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (EpcisDocumentWriter writer = new EpcisDocumentWriter(out, event.context().declared(), Instant.now())) {
			writer.write(event);
		}
		return out.toByteArray();
	}
}
