package io.agritrace.store;

import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.text.Message;

/**
 * An event as the database holds it.
 *
 * @param id          database id
 * @param event       the event, rebuilt from its stored JSON-LD, with the hash
 *                    ID stored when it was recorded
 * @param storedHash  that hash ID
 * @param origin      recorded here or imported
 * @param warnings    the rules an imported event breaks, as codes with their arguments; empty when none
 * @param errorDeclaration the errorDeclaration (JSON) that declared it erroneous, or null
 */
public record StoredEvent(long id, EpcisEvent event, EventHashId storedHash, EventRepository.Origin origin,
		List<Message> warnings, String errorDeclaration) {

	/** False when the stored data no longer gives the hash ID it was stored with. */
	public boolean isIntact() {
		return event.recomputeHashId().equals(storedHash);
	}
}
