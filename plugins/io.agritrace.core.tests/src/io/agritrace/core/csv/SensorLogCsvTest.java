package io.agritrace.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.model.ValidationException;

class SensorLogCsvTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static List<SensorLogCsv.Reading> read(String csv) throws IOException {
		return SensorLogCsv.read(new BufferedReader(new StringReader(csv)), SHANGHAI);
	}

	@Test
	void aLoggerFileReadsWithOrWithoutOffsetsAndWithoutHumidity() throws IOException {
		List<SensorLogCsv.Reading> readings = read(
				"\uFEFFtime,temperature,humidity\n2026-10-05 14:30,3.5,81\n2026-10-05T15:00:00+08:00,4.1,\n");
		assertEquals(OffsetDateTime.parse("2026-10-05T14:30:00+08:00"), readings.get(0).time());
		assertEquals(new BigDecimal("3.5"), readings.get(0).temperature());
		assertEquals(new BigDecimal("81"), readings.get(0).humidity());
		assertNull(readings.get(1).humidity());
	}

	@Test
	void readingsBecomeTheEventsSensorElements() throws IOException {
		EventBuilder event = EventBuilder.event(EventType.ObjectEvent, OffsetDateTime.parse("2026-10-05T16:00:00+08:00"))
				.action("OBSERVE").quantity("https://id.gs1.org/01/06901234000016/10/A", BigDecimal.ONE, "KGM");
		read("time,temperature,humidity\n2026-10-05 14:30,3.5,81\n2026-10-05 15:00,4.1,\n").forEach(r -> r.addTo(event));
		EpcisEvent built = event.build();
		assertEquals(3, built.json().path("sensorElementList").size());
		assertEquals("RelativeHumidity",
				built.json().path("sensorElementList").path(1).path("sensorReport").path(0).path("type").asText());
	}

	@Test
	void aBadRowIsNamedByItsLineAndColumn() {
		ValidationException e = assertThrows(ValidationException.class,
				() -> read("time,temperature,humidity\n2026-10-05 14:30,3.5,81\n2026-10-05 15:00,warm,80\n"));
		assertEquals("temperature", e.field());
		assertTrue(e.rule(Locale.ENGLISH).startsWith("line 3: temperature: \"warm\""), e.rule(Locale.ENGLISH));
		assertEquals("header", assertThrows(ValidationException.class, () -> read("when,temp\n1,2\n")).field());
		assertEquals("time", assertThrows(ValidationException.class, () -> read("time,temperature,humidity\n")).field());
		assertEquals("time",
				assertThrows(ValidationException.class, () -> read("time,temperature,humidity\nyesterday,3,\n")).field());
	}
}
