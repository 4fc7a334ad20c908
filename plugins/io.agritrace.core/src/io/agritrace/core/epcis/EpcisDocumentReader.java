package io.agritrace.core.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.internal.EventSchema;

/**
 * Reads an EPCIS 2.0 JSON-LD document (EPCISDocument or EPCISQueryDocument)
 * one event at a time, so that documents of any size are read in constant
 * memory, optionally checking each event against GS1's JSON schema. The {@code @context} must come before {@code epcisBody}, as in every
 * document GS1 publishes.
 */
public final class EpcisDocumentReader implements Iterator<EpcisEvent>, AutoCloseable {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final JsonParser parser;
	private final boolean validate;
	private EpcisContext context = EpcisContext.STANDARD_ONLY;
	private String eventListPath;
	private int index;
	private boolean atEvent;

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
		try {
			this.parser = MAPPER.createParser(in);
			openEventList();
		} catch (IOException e) {
			throw new EpcisFormatException("$", "not JSON: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Moves to the first event of the event list, reading the context on the way. */
	private void openEventList() throws IOException {
		expect(parser.nextToken(), JsonToken.START_OBJECT, "$"); //$NON-NLS-1$
		String type = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			parser.nextToken();
			switch (field) {
			case "@context" -> context = EpcisContext.of(MAPPER.readTree(parser)); //$NON-NLS-1$
			case "type" -> type = parser.getValueAsString(); //$NON-NLS-1$
			case "epcisBody" -> { //$NON-NLS-1$
				if (!"EPCISDocument".equals(type) && !"EPCISQueryDocument".equals(type)) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new EpcisFormatException("$.type", //$NON-NLS-1$
							"must be EPCISDocument or EPCISQueryDocument and come before epcisBody"); //$NON-NLS-1$
				}
				expect(parser.currentToken(), JsonToken.START_OBJECT, "$.epcisBody"); //$NON-NLS-1$
				eventListPath = findEventList("epcisBody"); //$NON-NLS-1$
				if (eventListPath == null) {
					throw new EpcisFormatException("$.epcisBody", "has no eventList"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				advance();
				return;
			}
			default -> parser.skipChildren();
			}
		}
		throw new EpcisFormatException("$", "has no epcisBody"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Descends to the eventList array (in queryResults.resultsBody for query documents). */
	private String findEventList(String path) throws IOException {
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("eventList".equals(field)) { //$NON-NLS-1$
				expect(value, JsonToken.START_ARRAY, path + ".eventList"); //$NON-NLS-1$
				return path + ".eventList"; //$NON-NLS-1$
			}
			if (value == JsonToken.START_OBJECT && ("queryResults".equals(field) || "resultsBody".equals(field))) { //$NON-NLS-1$ //$NON-NLS-2$
				String found = findEventList(path + "." + field); //$NON-NLS-1$
				if (found != null) {
					return found;
				}
			} else {
				parser.skipChildren();
			}
		}
		return null;
	}

	private void advance() throws IOException {
		atEvent = parser.nextToken() == JsonToken.START_OBJECT;
	}

	private static void expect(JsonToken actual, JsonToken expected, String path) {
		if (actual != expected) {
			throw new EpcisFormatException(path, "expected " + expected + " but found " + actual); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The document's namespace context. */
	public EpcisContext context() {
		return context;
	}

	/** JSON path of the event {@link #next()} returns next. */
	public String nextPath() {
		return eventListPath + "[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean hasNext() {
		return atEvent;
	}

	/**
	 * @throws EpcisFormatException when the event breaks the standard; the
	 *                              reader cannot go on after that
	 */
	@Override
	public EpcisEvent next() {
		if (!atEvent) {
			throw new NoSuchElementException();
		}
		String path = nextPath();
		try {
			JsonNode event = MAPPER.readTree(parser);
			index++;
			advance();
			if (validate) {
				EventSchema.check(event, path);
			}
			return EpcisEvent.of((ObjectNode) event, context, path);
		} catch (IOException e) {
			throw new EpcisFormatException(path, "not JSON: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	@Override
	public void close() {
		try {
			parser.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
