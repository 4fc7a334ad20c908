package io.agritrace.core.epcis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import io.agritrace.core.epcis.internal.EventList;
import io.agritrace.core.epcis.internal.EventSchema;
import io.agritrace.core.epcis.internal.JsonEventList;
import io.agritrace.core.epcis.internal.XmlEventList;

/**
 * Reads an EPCIS document, JSON-LD or XML (told apart by its first character),
 * one event at a time, so that documents of any size are read in constant
 * memory, optionally checking each event against GS1's JSON schema. XML events
 * are read in the JSON-LD binding: they are checked, hashed, stored and
 * exported as JSON-LD, with the same hash IDs.
 */
public final class EpcisDocumentReader implements Iterator<EpcisEvent>, AutoCloseable {

	/** How far a document may start with white space before its first character. */
	private static final int SNIFF_LIMIT = 8192;

	private final EventList events;
	private final boolean validate;

	/** A reader that trusts the events to follow the schema (to hash them, say). */
	public EpcisDocumentReader(InputStream in) {
		this(in, false);
	}

	/**
	 * @param validate check every event against GS1's EPCIS 2.0 JSON schema
	 *                 before it is returned
	 */
	public EpcisDocumentReader(InputStream in, boolean validate) {
		this.validate = validate;
		BufferedInputStream buffered = new BufferedInputStream(in);
		this.events = startsWithTag(buffered) ? new XmlEventList(buffered) : new JsonEventList(buffered);
	}

	/** Whether the first character after a byte order mark and white space is '<'. */
	private static boolean startsWithTag(BufferedInputStream in) {
		try {
			in.mark(SNIFF_LIMIT);
			try {
				int b = in.read();
				for (int read = 1; read < SNIFF_LIMIT && (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)); read++) {
					b = in.read();
				}
				return b == '<';
			} finally {
				in.reset();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Path of the event {@link #next()} returns next: JSON path, or the XML elements' path. */
	public String nextPath() {
		return events.nextPath();
	}

	@Override
	public boolean hasNext() {
		return events.hasNext();
	}

	/**
	 * @throws EpcisFormatException when the event breaks the standard; the
	 *                              reader cannot go on after that
	 */
	@Override
	public EpcisEvent next() {
		String path = events.nextPath();
		EventList.Listed event = events.next();
		if (validate) {
			EventSchema.check(event.json(), path);
		}
		return EpcisEvent.of(event.json(), event.context(), path);
	}

	@Override
	public void close() {
		events.close();
	}
}
