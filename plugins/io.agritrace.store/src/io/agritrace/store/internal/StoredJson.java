package io.agritrace.store.internal;

import java.sql.SQLException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;

/** An event rebuilt from the JSON and the prefixes a row of {@code epcis_event} keeps. */
public final class StoredJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private StoredJson() {
	}

	/** The event of row {@code id}, with the hash ID stored with it. */
	public static EpcisEvent event(long id, EventHashId hash, String json, String prefixes) throws SQLException {
		try {
			EpcisContext context = prefixes == null ? EpcisContext.STANDARD_ONLY
					: EpcisContext.ofPrefixes(JSON.readValue(prefixes,
							JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
			return EpcisEvent.stored((ObjectNode) JSON.readTree(json), context, "epcis_event[id=" + id + "]", //$NON-NLS-1$ //$NON-NLS-2$
					hash);
		} catch (JsonProcessingException e) {
			throw new SQLException("Stored event " + id + " is no longer JSON: " + e.getOriginalMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
