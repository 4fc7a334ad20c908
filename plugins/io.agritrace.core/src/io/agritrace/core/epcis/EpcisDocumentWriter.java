package io.agritrace.core.epcis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an EPCIS 2.0 JSON-LD document event by event. Events are written as
 * they were received, so the document re-imports to the same Event Hash IDs;
 * the prefixes they use are declared in the document's context.
 */
public final class EpcisDocumentWriter implements AutoCloseable {

	public static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"; //$NON-NLS-1$
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final JsonGenerator out;

	/**
	 * Starts a document.
	 *
	 * @param prefixes namespace prefixes the events use beyond the standard context
	 */
	public EpcisDocumentWriter(OutputStream stream, Map<String, String> prefixes, Instant creationDate) {
		try {
			out = MAPPER.createGenerator(stream);
			out.useDefaultPrettyPrinter();
			out.writeStartObject();
			out.writeArrayFieldStart("@context"); //$NON-NLS-1$
			out.writeString(EPCIS_CONTEXT);
			for (var prefix : prefixes.entrySet()) {
				out.writeStartObject();
				out.writeStringField(prefix.getKey(), prefix.getValue());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeStringField("type", "EPCISDocument"); //$NON-NLS-1$ //$NON-NLS-2$
			out.writeStringField("schemaVersion", "2.0"); //$NON-NLS-1$ //$NON-NLS-2$
			out.writeStringField("creationDate", creationDate.toString()); //$NON-NLS-1$
			out.writeObjectFieldStart("epcisBody"); //$NON-NLS-1$
			out.writeArrayFieldStart("eventList"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void write(EpcisEvent event) {
		try {
			MAPPER.writeTree(out, event.json());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			out.writeEndArray();
			out.writeEndObject();
			out.writeEndObject();
			out.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
