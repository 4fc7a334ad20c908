package io.agritrace.core.epcis;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.internal.EventSchema;
import io.agritrace.core.epcis.internal.JsonEventList;
import io.agritrace.core.epcis.internal.Texts;

/**
 * Reads one EPCIS 2.0 event made here (a JSON object, as {@code record} and the
 * wizards produce it) through the same door as an imported document's events:
 * GS1's JSON schema, canonical identifiers, errors that name the JSON path. An
 * {@code @context} in the object declares the prefixes its extensions use.
 */
public final class EpcisEventReader {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String ROOT = "$"; //$NON-NLS-1$

	private EpcisEventReader() {
	}

	/** @throws EpcisFormatException naming the path and rule of what is wrong */
	public static EpcisEvent read(InputStream in) {
		JsonNode json;
		try {
			json = JSON.readTree(in);
		} catch (IOException e) {
			throw JsonEventList.notJson(ROOT, e);
		}
		if (!(json instanceof ObjectNode event)) {
			throw new EpcisFormatException(ROOT, Texts.Format_notEventObject.with());
		}
		EpcisContext context = event.has("@context") ? EpcisContext.of(event.remove("@context")) //$NON-NLS-1$ //$NON-NLS-2$
				: EpcisContext.STANDARD_ONLY;
		EventSchema.check(event, ROOT);
		return EpcisEvent.of(event, context, ROOT);
	}
}
