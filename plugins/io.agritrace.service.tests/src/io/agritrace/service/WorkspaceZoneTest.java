package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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
}
