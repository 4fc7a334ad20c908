package io.agritrace.core.rules;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the events recorded so far say about an item, as the custody rules read it.
 *
 * @param firstSeen when it first appeared (created, harvested, received from outside)
 * @param destroyed true once an event declared it destroyed
 * @param created   how much of it exists (created or received)
 * @param consumed  how much of it transformations used up
 */
public record ItemHistory(Instant firstSeen, boolean destroyed, BigDecimal created, BigDecimal consumed) {

	/** True when transformations used up all of it (never for an item of unknown quantity). */
	public boolean usedUp() {
		return created.signum() > 0 && consumed.compareTo(created) >= 0;
	}
}
