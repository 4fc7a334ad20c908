package io.agritrace.core.anchor;

import io.agritrace.core.epcis.EventHashId;

/**
 * An event waiting in the outbox to be anchored on chain.
 *
 * @param eventId the event's database id (the outbox key)
 * @param hashId  its Event Hash ID
 * @param batch   the lot the event is about (first identifier it names), anchored with it
 */
public record PendingAnchor(long eventId, EventHashId hashId, String batch) {
}
