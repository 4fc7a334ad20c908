package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.StoredEvent;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.MachineZone;

/** The command line records and writes times in the workspace's zone, whatever the machine's clock says. */
class CliTimesTest {

	@TempDir
	Path workspace;

	@AfterEach
	void forgetTheZone() throws Exception {
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(CreditSettings.NODE);
		saved.remove(WorkspaceZone.KEY);
		saved.flush();
	}

	/** Runs a command line that must succeed, with the JVM's zone set to the machine's; returns its output. */
	private static String run(Path workspace, String machine, String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = MachineZone.in(machine, () -> new CliApplication().run(List.of(args),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				workspace, name -> null));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Set<ZoneOffset> offsets(Path workspace) {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			List<StoredEvent> events = store.events().after(0, 100_000);
			assertTrue(events.size() > 20, "generated: " + events.size());
			return events.stream().map(s -> s.event().timeZone()).collect(Collectors.toSet());
		}
	}

	/** The issue: "the CLI's generate writes +00:00 on such a machine today". */
	@Test
	void generateWritesTheWorkspacesOffsetNotTheMachines() throws Exception {
		run(workspace.resolve("jilin"), MachineZone.UTC, "generate", "--chains", "4", "--days", "10");
		assertEquals(Set.of(ZoneOffset.ofHours(8)), offsets(workspace.resolve("jilin")));

		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(WorkspaceZone.KEY, "Asia/Tokyo");
		run(workspace.resolve("tokyo"), MachineZone.NEW_YORK, "generate", "--chains", "4", "--days", "10");
		assertEquals(Set.of(ZoneOffset.ofHours(9)), offsets(workspace.resolve("tokyo")));
	}

	@Test
	void traceWritesTheSameTimesOnAMachineInUtcAndInNewYork() throws Exception {
		run(workspace, MachineZone.UTC, "generate", "--chains", "1", "--days", "10");
		String lot;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			lot = store.batches().list().get(0).traceCode();
		}
		String inUtc = run(workspace, MachineZone.UTC, "trace", lot);
		assertEquals(inUtc, run(workspace, MachineZone.NEW_YORK, "trace", lot));
		assertTrue(inUtc.lines().anyMatch(l -> l.matches("  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  .*")), inUtc);
		assertFalse(inUtc.contains("+08:00") || inUtc.contains("+00:00"), "events of the workspace's zone say no offset: " + inUtc);
	}
}
