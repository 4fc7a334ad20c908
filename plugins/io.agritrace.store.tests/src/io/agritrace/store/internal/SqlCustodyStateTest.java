package io.agritrace.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.rules.ItemHistory;
import io.agritrace.store.StoreInternals;
import io.agritrace.store.TraceStore;

/** The custody rules' view of items, read from stored events in one query an item. */
class SqlCustodyStateTest {

	private static final OffsetDateTime T = OffsetDateTime.parse("2026-10-01T08:00:00+08:00");
	private static final String PADDY = Identifiers.lot("06901234000016", "P1");
	private static final String RICE = Identifiers.lot("06901234000030", "R1");
	private static final String BRAN = Identifiers.lot("06901234000030", "B1");
	private static final String SPOILT = Identifiers.lot("06901234000016", "S1");

	@TempDir
	Path workspace;

	@Test
	void anItemsHistoryIsReadFromEveryEventThatNamesIt() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.save(List.of(), List.of(
					EventBuilder.event(EventType.ObjectEvent, T).action("ADD").bizStep("commissioning")
							.quantity(PADDY, BigDecimal.valueOf(1000), "KGM").build(),
					EventBuilder.event(EventType.TransformationEvent, T.plusDays(1))
							.input(PADDY, BigDecimal.valueOf(600), "KGM").output(RICE, BigDecimal.valueOf(420), "KGM").build(),
					EventBuilder.event(EventType.TransformationEvent, T.plusDays(2))
							.input(PADDY, BigDecimal.valueOf(400), "KGM").output(BRAN, BigDecimal.valueOf(60), "KGM").build(),
					EventBuilder.event(EventType.ObjectEvent, T.plusDays(3)).action("ADD").bizStep("commissioning")
							.quantity(SPOILT, BigDecimal.TEN, "KGM").build(),
					EventBuilder.event(EventType.ObjectEvent, T.plusDays(4)).action("DELETE").bizStep("destroying")
							.disposition("destroyed").quantity(SPOILT, BigDecimal.TEN, "KGM").build()));

			StoreInternals.sql(store, c -> {
				try (SqlCustodyState state = new SqlCustodyState(c)) {
					ItemHistory paddy = state.history(PADDY).orElseThrow();
					assertEquals(T.toInstant(), paddy.firstSeen());
					assertEquals(0, BigDecimal.valueOf(1000).compareTo(paddy.created()));
					assertEquals(0, BigDecimal.valueOf(1000).compareTo(paddy.consumed()));
					assertTrue(paddy.usedUp());
					assertFalse(paddy.destroyed());

					ItemHistory rice = state.history(RICE).orElseThrow();
					assertEquals(T.plusDays(1).toInstant(), rice.firstSeen());
					assertEquals(0, BigDecimal.valueOf(420).compareTo(rice.created()), "an output is created");
					assertFalse(rice.usedUp());

					ItemHistory spoilt = state.history(SPOILT).orElseThrow();
					assertTrue(spoilt.destroyed());
					assertEquals(T.plusDays(3).toInstant(), spoilt.firstSeen());

					assertEquals(Optional.empty(), state.history(Identifiers.lot("06901234000016", "NEVER")));
				}
				return null;
			});
		}
	}
}
