package io.agritrace.ui.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StatusTrimContributionTest {

	@Test
	void aShortPathShowsWholeWithTheHomeFolderAsATilde() {
		Path file = Path.of(System.getProperty("user.home"), "agritrace-workspace/db/agritrace");
		assertEquals("~/agritrace-workspace/db/agritrace", StatusTrimContribution.shortened(file.toString()));
	}

	@Test
	void aLongPathKeepsItsStartAndItsEnd() {
		String shown = StatusTrimContribution.shortened("/work/main/plugins/io.agritrace.ui.tests/target/work-empty-en/db/agritrace");
		assertEquals(48, shown.length(), shown);
		assertTrue(shown.startsWith("/work/main/plug") && shown.endsWith("work-empty-en/db/agritrace"), shown);
	}
}
