package io.agritrace.core.epcis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
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
	private Set<String> ignoredFields = Set.of();

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

	/**
	 * For the binding to call once it has opened the event list.
	 *
	 * @param ignored the fields the document's {@code ignoreFields} names, as
	 *                {@link EpcisContext#expandedName expanded names}
	 */
	protected final void open(Set<String> ignored) {
		ignoredFields = Set.copyOf(ignored);
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
		if (!ignoredFields.isEmpty()) {
			removeIgnored(event.json(), event.context());
		}
		index++;
		atEvent = moveToNextEvent();
		return event;
	}

	/**
	 * The document says these fields are its repository's own annotations (a
	 * capture ID, its own hash), not part of the event: they are left out at any
	 * depth, so that they change neither the event's hash ID nor what is stored.
	 */
	private void removeIgnored(JsonNode node, EpcisContext context) {
		if (node instanceof ObjectNode object) {
			List<String> ignored = new ArrayList<>();
			object.fieldNames().forEachRemaining(name -> {
				if (ignoredFields.contains(context.expandedName(name))) {
					ignored.add(name);
				}
			});
			object.remove(ignored);
		}
		node.forEach(child -> removeIgnored(child, context));
	}

	@Override
	public abstract void close();

	/** An event as JSON-LD, with the prefixes its names and values use. */
	public record Listed(ObjectNode json, EpcisContext context) {
	}
}
