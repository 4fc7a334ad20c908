package io.agritrace.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.rules.RuleTexts;
import io.agritrace.core.text.Message;
import io.agritrace.core.text.Units;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.TraceStore;

/**
 * V20: the rule warnings stored as sentences, in whichever language the
 * importing process ran, become the rules' codes with their arguments, the
 * texts of those days that started with a field's code ("quantityList:")
 * too; a sentence no rule's text matches is kept whole.
 */
class LegacyWarningsTest {

	private static final String SHIPPER = "https://id.gs1.org/417/6901234000016";
	private static final String LOT = "https://id.gs1.org/01/06901234000030/10/MR1";
	private static final String HOLDER = "https://id.gs1.org/417/6901234000023, https://id.gs1.org/417/6901234000030";
	private static final String CASE = "urn:epc:id:sgtin:6901234.000003.7";

	@TempDir
	Path workspace;

	@Test
	void sentencesInEnglishAndChineseBecomeCodesAndAnyOtherSentenceIsKept() throws Exception {
		Map<String, List<Message>> stored = new LinkedHashMap<>();
		stored.put("sourceList: " + SHIPPER + " cannot ship " + LOT + ": it is held by " + HOLDER + ".",
				List.of(RuleTexts.Rule_notHolder.with(SHIPPER, LOT, HOLDER)));
		stored.put("eventTime: 2030-01-01T00:00:00Z is in the future. childEPCs: " + CASE
				+ " is still packed in urn:epc:id:sscc:069012340000000017; unpack it first.",
				List.of(RuleTexts.Rule_future.with("2030-01-01T00:00:00Z"),
						RuleTexts.Rule_inOtherContainer.with(CASE, "urn:epc:id:sscc:069012340000000017")));
		stored.put("sourceList：" + SHIPPER + " 不能发运 " + LOT + "，其当前持有方是 " + HOLDER + "。 item：" + LOT
				+ " 已申报销毁，之后不能再有事件。",
				List.of(RuleTexts.Rule_notHolder.with(SHIPPER, LOT, HOLDER), RuleTexts.Rule_destroyed.with(LOT)));
		stored.put("outputQuantityList：加工产出不能多于投入（950 千克）；产出为 1000 千克。",
				List.of(RuleTexts.Rule_notConserved.with("1000", "950")));
		stored.put("quantityList: 11 kg of " + LOT + " cannot leave mill: only 10 kg of it are held there.",
				List.of(RuleTexts.Rule_moreThanHeld.with("11", "kg", LOT, "mill", "10")));
		stored.put("Event time: 2030-01-01T00:00:00Z is in the future.", List.of(RuleTexts.Rule_future.with("2030-01-01T00:00:00Z")));
		stored.put("the shipper is not who holds the lot", List.of(StoredWarnings.legacy("the shipper is not who holds the lot")));

		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		List<EventHashId> events = demo.events().subList(0, stored.size()).stream().map(e -> e.hashId()).toList();
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
		}
		asVersion19Stored(List.copyOf(stored.keySet()), events);

		try (TraceStore upgraded = TraceStore.openWorkspace(workspace)) {
			assertEquals(22, upgraded.schemaVersion());
			int i = 0;
			for (Map.Entry<String, List<Message>> sentence : stored.entrySet()) {
				List<Message> warnings = upgraded.events().find(events.get(i++)).orElseThrow().warnings();
				assertEquals(sentence.getValue(), warnings, sentence.getKey());
				Locale language = sentence.getKey().contains("：") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
				// The texts name their fields in words now, where they named them by their codes.
				String reads = sentence.getKey().replace("sourceList：", "发出方：").replace("item：", "批次：")
						.replace("outputQuantityList：", "产出数量：").replace("sourceList:", "Shipper:")
						.replace("eventTime:", "Event time:").replace("childEPCs:", "Packed items:").replace("quantityList:", "Quantity:");
				assertEquals(reads, warnings.stream().map(m -> m.text(language)).collect(Collectors.joining(" ")),
						"reads as it was stored, in the language it was stored in");
			}
		}
	}

	@Test
	void aSentenceThatOnlyStartsLikeARuleIsKeptWhole() {
		String sentence = "eventTime: 2030-01-01T00:00:00Z is in the future. And more that no rule says.";
		assertEquals(List.of(StoredWarnings.legacy(sentence)), LegacyWarnings.messages(sentence));
		assertEquals(sentence, LegacyWarnings.messages(sentence).get(0).text(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void storedCodesReadBackInEitherLanguage() {
		List<Message> warnings = List.of(RuleTexts.Rule_unknownParty.with(SHIPPER), RuleTexts.Rule_future.with("2030"));
		String json = StoredWarnings.json(warnings);

		assertEquals("[{\"code\":\"Rule_unknownParty\",\"args\":[\"" + SHIPPER + "\"]},"
				+ "{\"code\":\"Rule_future\",\"args\":[\"2030\"]}]", json);
		assertEquals(warnings, StoredWarnings.read(json));
		assertEquals(List.of(), StoredWarnings.read(null));
		assertEquals(null, StoredWarnings.json(List.of()));
		assertEquals("Warning_legacy", StoredWarnings.read("[{\"code\":\"Rule_fromTheFuture\",\"args\":[]}]").get(0).code(),
				"a code this version does not know is kept as text");
	}

	/** A unit a warning quotes is kept as its code, and read in each reader's words: 千克, kg. */
	@Test
	void aUnitAStoredWarningQuotesReadsInEachReadersWords() {
		List<Message> warnings = List.of(RuleTexts.Rule_moreThanHeld.with("11", Units.of("KGM"), LOT, "mill", "10"));
		String json = StoredWarnings.json(warnings);

		assertTrue(json.contains("{\"code\":\"Unit_KGM\",\"args\":[]}"), json);
		assertEquals(warnings, StoredWarnings.read(json));
		assertTrue(StoredWarnings.read(json).get(0).text(Locale.ENGLISH).contains("only 10 kg"), json);
		assertTrue(StoredWarnings.read(json).get(0).text(Locale.SIMPLIFIED_CHINESE).contains("10 千克"), json);
	}

	/** What version 19 left: the sentences in rule_warning, before V20. */
	private void asVersion19Stored(List<String> sentences, List<EventHashId> events) throws Exception {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL(TraceStore.workspaceUrl(workspace));
		database.setUser("sa");
		try (Connection c = database.getConnection();
				PreparedStatement p = c.prepareStatement("UPDATE epcis_event SET rule_warning = ? WHERE hash_id = ?");
				Statement s = c.createStatement()) {
			for (int i = 0; i < sentences.size(); i++) {
				p.setString(1, sentences.get(i));
				p.setBytes(2, events.get(i).digest());
				assertEquals(1, p.executeUpdate());
			}
			s.execute("ALTER TABLE epcis_event ALTER COLUMN rule_warning SET DATA TYPE VARCHAR(2000)");
			s.execute("DROP INDEX ix_event_location_step");
			s.execute("DROP TABLE master_data_change");
			for (String table : List.of("party", "location", "product")) {
				s.execute("ALTER TABLE " + table + " DROP COLUMN active");
			}
			s.execute("DELETE FROM schema_version WHERE version >= 20");
		}
	}
}
