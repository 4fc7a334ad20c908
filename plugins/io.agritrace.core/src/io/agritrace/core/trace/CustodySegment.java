package io.agritrace.core.trace;

import java.time.Instant;

/**
 * Who held an item where, from when to when, as read from its shipping and
 * receiving events (possessing party and location of each).
 *
 * @param party    possessing party, or null when the events do not say
 * @param location where it was, or null
 * @param from     start of the custody
 * @param to       end of the custody, or null while it lasts
 */
public record CustodySegment(String party, String location, Instant from, Instant to) {
}
