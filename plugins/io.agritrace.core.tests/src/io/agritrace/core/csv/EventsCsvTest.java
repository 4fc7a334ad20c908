package io.agritrace.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.PartyRef;

/** A clerk's shipments and receipts keyed in a spreadsheet: each row the event the wizard would make, or why not. */
class EventsCsvTest {

	private static final Clock JILIN = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
	private static final String HEADER = "\uFEFFstep,gtin,lot,quantity,unit,from_gln,from_site_gln,to_gln,to_site_gln,time\n";

	@Test
	void eachRowIsAShipmentOrAReceiptInTheWorkspacesZone() throws Exception {
		EventsCsv.Result result = read(HEADER
				+ "shipping,06901234000016,MH-1,400,,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "\u6536\u8d27,06901234000016,MH-1,400,KGM,6901234000016,6901234100013,6901234000023,6901234100020,"
				+ "2026-12-07T09:30:00+08:00\n");
		assertEquals(0, result.errors().size(), result.errors().toString());
		EpcisEvent shipped = result.rows().get(0).event();
		assertEquals(BizSteps.SHIPPING, shipped.bizStep());
		assertEquals(0, BigDecimal.valueOf(400).compareTo(shipped.quantities().get(0).quantity()));
		assertEquals("KGM", shipped.quantities().get(0).uom(), "kilograms unless said otherwise");
		assertEquals("https://id.gs1.org/417/6901234000023", shipped.destination(PartyRef.POSSESSING_PARTY));
		assertEquals(ZoneOffset.ofHours(8), shipped.timeZone(), "a time without offset is in the workspace's zone");
		assertEquals(BizSteps.RECEIVING, result.rows().get(1).event().bizStep());
		assertEquals(3, result.rows().get(1).line());
	}

	@Test
	void everyBadRowIsNamedByItsLineAndField() throws Exception {
		EventsCsv.Result result = read(HEADER
				+ "selling,06901234000016,MH-1,400,,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "shipping,06901234000016,MH-1,400,,6901234000018,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "shipping,06901234000016,MH-1,-4,,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "shipping,06901234000016,MH-1,400,,6901234000016,6901234100013,6901234000023,6901234100020,tomorrow\n");
		assertEquals(0, result.rows().size());
		assertEquals(4, result.errors().size());
		String english = String.join("\n", result.errors().stream().map(m -> m.text(Locale.ENGLISH)).toList());
		for (String expected : new String[] { "line 2: step", "line 3: from GLN", "line 4: quantity", "line 5: time" }) {
			assertTrue(english.contains(expected), expected + " in " + english);
		}
		assertEquals(List.of(2, 3, 4, 5), result.errors().stream().map(RowError::line).toList());
		assertTrue(result.errors().get(0).text(Locale.SIMPLIFIED_CHINESE).contains("\u53d1\u8fd0"),
				result.errors().get(0).text(Locale.SIMPLIFIED_CHINESE));
	}

	/** The "第 3 行：quantity：…": in Chinese the fields are named in Chinese words, as the wizards name them. */
	@Test
	void aBadRowNamesItsFieldInTheReadersLanguage() throws Exception {
		EventsCsv.Result result = read(HEADER
				+ "shipping,06901234000016,MH-1,400,,6901234000018,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "shipping,06901234000016,MH-1,-4,,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n"
				+ "shipping,06901234000016,MH-1,400,,6901234000016,6901234100013,6901234000023,6901234100020,tomorrow\n"
				+ "shipping,06901234000016,,400,,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n");
		List<String> chinese = result.errors().stream().map(e -> e.problem().text(Locale.SIMPLIFIED_CHINESE)).toList();
		// 发出方全球位置码（GLN）：…, 数量：…, 时间：…, 批号：必须填写。
		List<String> fields = List.of("\u53d1\u51fa\u65b9\u5168\u7403\u4f4d\u7f6e\u7801\uff08GLN\uff09\uff1a",
				"\u6570\u91cf\uff1a", "\u65f6\u95f4\uff1a", "\u6279\u53f7\uff1a");
		for (int i = 0; i < fields.size(); i++) {
			assertTrue(chinese.get(i).startsWith(fields.get(i)), chinese.get(i));
			assertFalse(chinese.get(i).matches("(?s).*[a-z]+_?[a-z]*\uff1a.*"), "no column's code in " + chinese.get(i));
		}
		assertEquals("lot: a value is required.", result.errors().get(3).problem().text(Locale.ENGLISH));
	}

	/**
	 * A re-check's "kg" was stored as a unit of its own, which the custody rule
	 * could not weigh against the lot's kilograms: 999,999 kg left unflagged.
	 */
	@Test
	void aUnitIsTakenByItsCodeOrItsNameAndAnUnknownOneNamed() throws Exception {
		String row = ",06901234000016,MH-1,400,%s,6901234000016,6901234100013,6901234000023,6901234100020,2026-12-07 08:30\n";
		EventsCsv.Result result = read(HEADER + "shipping" + row.formatted("kg") + "shipping" + row.formatted("\u5343\u514b")
				+ "shipping" + row.formatted("tne") + "shipping" + row.formatted("bags"));
		assertEquals(List.of("KGM", "KGM", "TNE"),
				result.rows().stream().map(r -> r.event().quantities().get(0).uom()).toList());
		assertEquals(List.of(5), result.errors().stream().map(RowError::line).toList());
		assertEquals("unit: \"bags\" is no unit known here; give its code (KGM, TNE, H87) or its name (kg, t, pcs).",
				result.errors().get(0).problem().text(Locale.ENGLISH));
	}

	/**
	 * The newcomer's two passes: a bad row hid another's broken rule. Every good
	 * row is judged unless it follows a bad row of its lot (whose shipment the
	 * rules would miss), or one whose lot cannot be told.
	 */
	@Test
	void aGoodRowCanBeCheckedUnlessABadRowOfItsLotCameFirst() throws Exception {
		String row = ",06901234000016,%s,400,,6901234000016,6901234100013,6901234000023,6901234100020,%s\n";
		EventsCsv.Result result = read(HEADER + "shipping" + row.formatted("MH-1", "2026-13-45 08:30")
				+ "receiving" + row.formatted("MH-1", "2026-12-07 09:30") + "shipping" + row.formatted("MH-2", "2026-12-07 08:30")
				+ "shipping" + row.formatted("MH-2", "2026-12-07 08:40") + "shipping" + row.formatted("", "2026-12-07 08:30")
				+ "shipping" + row.formatted("MH-3", "2026-12-07 08:30"));
		assertEquals(List.of(2, 6), result.errors().stream().map(RowError::line).toList());
		assertEquals(List.of(3, 4, 5, 7), result.rows().stream().map(EventsCsv.Row::line).toList());
		assertEquals(List.of(4, 5), result.checkable().stream().map(EventsCsv.Row::line).toList(),
				"MH-1 follows its bad row; MH-3 follows a row of no lot");
	}

	@Test
	void aFileIsRecognisedByItsHeader() throws Exception {
		Path events = Files.writeString(Files.createTempFile("day", ".csv"), HEADER);
		Path batches = Files.writeString(Files.createTempFile("batches", ".csv"), "gtin,lot,product,quantity,unit,harvest_date,origin\n");
		try {
			assertTrue(EventsCsv.is(events));
			assertTrue(!EventsCsv.is(batches));
		} finally {
			Files.delete(events);
			Files.delete(batches);
		}
	}

	private static EventsCsv.Result read(String csv) throws Exception {
		return EventsCsv.read(new BufferedReader(new StringReader(csv)), JILIN);
	}
}
