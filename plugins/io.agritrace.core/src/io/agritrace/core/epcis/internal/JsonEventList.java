package io.agritrace.core.epcis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisFormatException;

/**
 * The events of an EPCIS 2.0 JSON-LD document (EPCISDocument or
 * EPCISQueryDocument), streamed. The {@code @context} must come before
 * {@code epcisBody}, as in every document GS1 publishes.
 */
public final class JsonEventList extends EventList {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** A document property {@code <prefix>:ignoreFields} lists fields left out of every event. */
	private static final String IGNORE_FIELDS = ":ignoreFields"; //$NON-NLS-1$

	private final JsonParser parser;
	private EpcisContext context = EpcisContext.STANDARD_ONLY;
	private final List<String> ignoreFields = new ArrayList<>();
	private String eventListPath;

	public JsonEventList(InputStream in) {
		try {
			this.parser = MAPPER.createParser(in);
			openEventList();
		} catch (IOException e) {
			throw notJson("$", e); //$NON-NLS-1$
		}
	}

	/** Moves to the first event of the event list, reading the context on the way. */
	private void openEventList() throws IOException {
		expect(parser.nextToken(), JsonToken.START_OBJECT, "$"); //$NON-NLS-1$
		String type = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			parser.nextToken();
			if (field.endsWith(IGNORE_FIELDS)) {
				readIgnoreFields("$." + field); //$NON-NLS-1$
				continue;
			}
			switch (field) {
			case "@context" -> context = EpcisContext.of(MAPPER.readTree(parser)); //$NON-NLS-1$
			case "type" -> type = parser.getValueAsString(); //$NON-NLS-1$
			case "epcisBody" -> { //$NON-NLS-1$
				if (!"EPCISDocument".equals(type) && !"EPCISQueryDocument".equals(type)) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new EpcisFormatException("$.type", Texts.Format_documentType.with()); //$NON-NLS-1$
				}
				expect(parser.currentToken(), JsonToken.START_OBJECT, "$.epcisBody"); //$NON-NLS-1$
				eventListPath = findEventList("epcisBody"); //$NON-NLS-1$
				if (eventListPath == null) {
					throw new EpcisFormatException("$.epcisBody", Texts.Format_noEventList.with()); //$NON-NLS-1$
				}
				open(ignoreFields.stream().map(context::expandedName).collect(Collectors.toSet()));
				return;
			}
			default -> parser.skipChildren();
			}
		}
		throw new EpcisFormatException("$", Texts.Format_noEpcisBody.with()); //$NON-NLS-1$
	}

	private void readIgnoreFields(String path) throws IOException {
		expect(parser.currentToken(), JsonToken.START_ARRAY, path);
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			expect(parser.currentToken(), JsonToken.VALUE_STRING, path + "[" + ignoreFields.size() + "]"); //$NON-NLS-1$ //$NON-NLS-2$
			ignoreFields.add(parser.getText());
		}
	}

	/**
	 * Past the event list, the rest of the document must not name fields to
	 * ignore: the events before it were already hashed without knowing them.
	 */
	private void refuseLateIgnoreFields() throws IOException {
		for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
			if (token == JsonToken.FIELD_NAME && parser.currentName().endsWith(IGNORE_FIELDS)
					&& parser.getParsingContext().getParent().inRoot()) {
				throw new EpcisFormatException("$." + parser.currentName(), Texts.Format_beforeBody.with()); //$NON-NLS-1$
			}
		}
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
			if (value == JsonToken.START_OBJECT
					&& ("queryResults".equals(field) || "resultsBody".equals(field))) { //$NON-NLS-1$ //$NON-NLS-2$
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

	private static void expect(JsonToken actual, JsonToken expected, String path) {
		if (actual == null) {
			throw new EpcisFormatException(path, Texts.Format_ended.with());
		}
		if (actual != expected) {
			throw new EpcisFormatException(path, Texts.Format_expected.with(kind(expected), kind(actual)));
		}
	}

	/** A JSON token as a reader of the document calls it: in words, or the token itself in quotes. */
	private static Object kind(JsonToken token) {
		return switch (token) {
		case START_OBJECT -> Texts.Format_kindObject.with();
		case START_ARRAY -> Texts.Format_kindList.with();
		case VALUE_STRING -> Texts.Format_kindText.with();
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Texts.Format_kindNumber.with();
		case VALUE_TRUE, VALUE_FALSE -> Texts.Format_kindBoolean.with();
		case VALUE_NULL -> Texts.Format_kindNull.with();
		default -> token.asString() != null ? '"' + token.asString() + '"' : Texts.Format_kindOther.with();
		};
	}

	/**
	 * Input that a JSON parser cannot read, said with where it stops and
	 * without the parser's own words (they name its internals, not the document).
	 */
	public static EpcisFormatException notJson(String path, IOException e) {
		if (e instanceof JsonEOFException) {
			return new EpcisFormatException(path, Texts.Format_ended.with(), e);
		}
		if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
			return new EpcisFormatException(path,
					Texts.Format_notJson.with(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr()), e);
		}
		return new EpcisFormatException(path, Texts.Format_unreadable.with(e.getMessage()), e);
	}

	@Override
	protected String listPath() {
		return eventListPath;
	}

	@Override
	protected boolean moveToNextEvent() {
		try {
			if (parser.nextToken() == JsonToken.START_OBJECT) {
				return true;
			}
			refuseLateIgnoreFields();
			return false;
		} catch (IOException e) {
			throw notJson(nextPath(), e);
		}
	}

	@Override
	protected Listed readEvent(String path) {
		try {
			ObjectNode event = MAPPER.readTree(parser); // moveToNextEvent() stopped at the object's start
			return new Listed(event, context);
		} catch (IOException e) {
			throw notJson(path, e);
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
