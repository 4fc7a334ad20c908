package io.agritrace.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventItemKeysTest {

	@Test
	void anEventsRowsFollowOneAnotherAndStopBeforeTheNextEvent() {
		assertEquals(7L * EventItemKeys.PER_EVENT, EventItemKeys.key(7, 0));
		assertEquals(EventItemKeys.key(7, 0) + 2, EventItemKeys.key(7, 2));
		assertTrue(EventItemKeys.key(7, EventItemKeys.PER_EVENT - 1) < EventItemKeys.key(8, 0));
	}

	@Test
	void anEventThatNamesTooManyIdentifiersIsRefusedWithTheLimit() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> EventItemKeys.key(7, EventItemKeys.PER_EVENT));
		assertTrue(e.getMessage().contains("at most 1048576 identifiers"), e.getMessage());
	}
}
