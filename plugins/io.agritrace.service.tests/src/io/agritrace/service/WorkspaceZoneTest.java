package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agritrace.core.text.Times;
import io.agritrace.tests.harness.MachineZone;

/** The workspace's zone as every front end reads it: Jilin's until chosen, never the machine's. */
class WorkspaceZoneTest {

	@AfterEach
	void forget() throws Exception {
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(CreditSettings.NODE);
		saved.remove(WorkspaceZone.KEY);
		saved.flush();
	}

	@Test
	void jilinsZoneUntilAnotherIsChosenWhateverTheMachinesClock() throws Exception {
		assertEquals("Asia/Shanghai", DefaultScope.INSTANCE.getNode(CreditSettings.NODE).get(WorkspaceZone.KEY, null));
		assertEquals(Times.DEFAULT_ZONE, MachineZone.in(MachineZone.UTC, WorkspaceZone::zone));
		assertEquals(Times.DEFAULT_ZONE, MachineZone.in(MachineZone.NEW_YORK, () -> WorkspaceZone.clock().getZone()));
	}

	@Test
	void theClockFollowsTheChoiceAtOnce() {
		Clock clock = WorkspaceZone.clock();
		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(WorkspaceZone.KEY, "Asia/Tokyo");
		assertEquals(ZoneId.of("Asia/Tokyo"), clock.getZone());
		assertEquals(9 * 3600, ZonedDateTime.now(clock).getOffset().getTotalSeconds());
	}

	@Test
	void whatIsNoZoneReadsAsTheDefault() {
		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(WorkspaceZone.KEY, "Jilin/Meihekou");
		assertEquals(Times.DEFAULT_ZONE, WorkspaceZone.zone());
	}

	/** What Preferences > General offers: zones by name in the reader's language, west to east, never an ID. */
	@Test
	void theChoicesAreNamedInTheReadersLanguage() {
		Instant winter = Instant.parse("2026-12-01T00:00:00Z");
		Map<String, ZoneId> chinese = WorkspaceZone.choices(ZoneId.of("Asia/Tokyo"), winter, Locale.SIMPLIFIED_CHINESE);
		assertEquals(ZoneId.of("Asia/Shanghai"), chinese.get("\u4e2d\u56fd\u6807\u51c6\u65f6\u95f4\uff08UTC+08:00\uff09"));
		assertEquals(ZoneId.of("Asia/Tokyo"), chinese.get("\u65e5\u672c\u6807\u51c6\u65f6\u95f4\uff08UTC+09:00\uff09"));
		assertTrue(chinese.keySet().stream().noneMatch(name -> name.replace("UTC", "").matches(".*[A-Za-z/].*")),
				"no English and no IDs in Chinese: " + chinese.keySet());
		List<Integer> offsets = chinese.values().stream().map(z -> z.getRules().getOffset(winter).getTotalSeconds()).toList();
		assertEquals(offsets.stream().sorted().toList(), offsets, "west to east");

		Map<String, ZoneId> english = WorkspaceZone.choices(ZoneId.of("Asia/Harbin"), winter, Locale.ENGLISH);
		assertEquals(ZoneId.of("Asia/Harbin"), english.get("China Standard Time (UTC+08:00)"), "the saved zone keeps its ID");
		assertTrue(english.containsKey("Eastern Standard Time (UTC-05:00)"), english.keySet().toString());
	}
}
