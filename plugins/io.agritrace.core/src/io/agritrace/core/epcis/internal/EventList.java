package io.agritrace.core.epcis.internal;

import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;

/**
 * The events of an EPCIS document in one of its bindings (JSON-LD or XML),
 * read one at a time and handed over as JSON-LD. A binding opens its event
 * list, then reads one event and moves to the next.
 */
public abstract class EventList implements AutoCloseable {

	private int index;
	private boolean atEvent;

	/** Path of the event list in the document, e.g. {@code epcisBody.eventList}. */
	protected abstract String listPath();

	/**
	 * Moves to the start of the list's next event.
	 *
	 * @return false past the list's end
	 */
	protected abstract boolean moveToNextEvent();

	/** Reads the event the reader is at, to its end. */
	protected abstract Listed readEvent(String path);

	/** For the binding to call once it has opened the event list. */
	protected final void open() {
		atEvent = moveToNextEvent();
	}

	public final boolean hasNext() {
		return atEvent;
	}

	/** Path of the event {@link #next()} returns next, e.g. {@code epcisBody.eventList[3]}. */
	public final String nextPath() {
		return listPath() + "[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @throws io.agritrace.core.epcis.EpcisFormatException where the document breaks its binding */
	public final Listed next() {
		if (!atEvent) {
			throw new NoSuchElementException();
		}
		Listed event = readEvent(nextPath());
		index++;
		atEvent = moveToNextEvent();
		return event;
	}

	@Override
	public abstract void close();

	/** An event as JSON-LD, with the prefixes its names and values use. */
	public record Listed(ObjectNode json, EpcisContext context) {
	}
}
