package io.agritrace.store.internal;

/**
 * Keys of {@code event_item} rows: their event's id times {@value #PER_EVENT}
 * plus their position in the event (see {@code V8__event_item_keyed_by_event.sql}).
 * An event's rows are then one range of the primary key, so the table needs no
 * index on {@code event_id}: that index was about 1.1 of the 8.5 rows and
 * index entries written and committed per event in bulk ingest.
 */
public final class EventItemKeys {

	/** Rows an event may have: identifiers in all its lists together. */
	public static final int PER_EVENT = 1 << 20;

	private EventItemKeys() {
	}

	/** The key of the row at this position (from 0) of the event. */
	public static long key(long eventId, int position) {
		if (position >= PER_EVENT) {
			throw new IllegalArgumentException("an event may name at most " + PER_EVENT //$NON-NLS-1$
					+ " identifiers (epcList, quantityList, inputs, outputs, parentID and children together)"); //$NON-NLS-1$
		}
		return eventId * PER_EVENT + position;
	}

	/**
	 * SQL condition: the row {@code row} (an alias of {@code event_item}) belongs to
	 * the event whose id is the SQL expression {@code eventId}; a range of the primary key.
	 */
	public static String ofEvent(String row, String eventId) {
		return row + ".id BETWEEN " + eventId + " * " + PER_EVENT + " AND " + eventId //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " * " + PER_EVENT + " + " //$NON-NLS-1$ //$NON-NLS-2$
				+ (PER_EVENT - 1);
	}
}
