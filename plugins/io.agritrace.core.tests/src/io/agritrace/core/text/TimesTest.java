package io.agritrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One way to write a time, whatever zone the machine's clock is set to. */
class TimesTest {

	private static final ZoneId JILIN = ZoneId.of("Asia/Shanghai");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** Runs the checks with the JVM's default zone set as on such a machine. */
	private static void onMachine(String zone, Runnable checks) {
		TimeZone machine = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		try {
			checks.run();
		} finally {
			TimeZone.setDefault(machine);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "America/New_York", "Asia/Shanghai" })
	void anEventInTheWorkspacesOffsetReadsAsRecordedWithoutTheOffset(String machine) {
		onMachine(machine, () -> {
			assertEquals("2026-11-17 08:49", Times.format(OffsetDateTime.parse("2026-11-17T08:49:30+08:00"), JILIN));
			assertEquals("2026-07-01 09:00", Times.format(OffsetDateTime.parse("2026-07-01T09:00-04:00"), NEW_YORK));
			assertEquals("2026-12-01 09:00", Times.format(OffsetDateTime.parse("2026-12-01T09:00-05:00"), NEW_YORK));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "America/New_York" })
	void anEventInAnotherOffsetKeepsItsTimeAndSaysItsOffset(String machine) {
		onMachine(machine, () -> {
			assertEquals("2026-11-17 09:49 +09:00", Times.format(OffsetDateTime.parse("2026-11-17T09:49+09:00"), JILIN));
			assertEquals("2026-11-17 00:49 +00:00", Times.format(OffsetDateTime.parse("2026-11-17T00:49Z"), JILIN));
			// Summer time's offset in winter is not the zone's.
			assertEquals("2026-12-01 09:00 -04:00", Times.format(OffsetDateTime.parse("2026-12-01T09:00-04:00"), NEW_YORK));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "America/New_York" })
	void aMomentReadsInTheWorkspacesZone(String machine) {
		onMachine(machine, () -> {
			Instant moment = Instant.parse("2026-11-16T16:49:00Z");
			assertEquals("2026-11-17 00:49", Times.format(moment, JILIN));
			assertEquals("2026-11-17", Times.day(moment, JILIN));
			assertEquals("2026-11-16", Times.day(moment, NEW_YORK));
		});
	}

	/** A zone reads in its reader's language with its offset at that moment, never as its ID (Asia/Shanghai). */
	@ParameterizedTest
	@ValueSource(strings = { "UTC", "America/New_York" })
	void aZoneIsNamedInTheReadersLanguage(String machine) {
		onMachine(machine, () -> {
			Instant winter = Instant.parse("2026-12-01T00:00:00Z");
			assertEquals("\u4e2d\u56fd\u6807\u51c6\u65f6\u95f4\uff08UTC+08:00\uff09",
					Times.zone(JILIN, winter, Locale.SIMPLIFIED_CHINESE));
			assertEquals("China Standard Time (UTC+08:00)", Times.zone(JILIN, winter, Locale.ENGLISH));
			assertEquals("Eastern Standard Time (UTC-05:00)", Times.zone(NEW_YORK, winter, Locale.ENGLISH));
			assertEquals("Eastern Daylight Time (UTC-04:00)", Times.zone(NEW_YORK, Instant.parse("2026-07-01T00:00:00Z"),
					Locale.ENGLISH));
		});
	}
}
