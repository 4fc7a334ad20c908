package io.agritrace.store;

import java.util.Locale;

/**
 * Where an event's anchor stands in the outbox, in the order an event passes
 * the states: pending → submitted (transaction hash) → anchored (block), or
 * failed (reason, offered again after a backoff).
 */
public enum OutboxState {
	PENDING, SUBMITTED, ANCHORED, FAILED;

	/** The value in {@code anchor_outbox.state}. */
	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The value as a SQL literal, for statements built from constants. */
	public String sql() {
		return "'" + column() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The state a column value names. */
	public static OutboxState of(String column) {
		return valueOf(column.toUpperCase(Locale.ROOT));
	}
}
