package io.agritrace.core.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about items before an event: the store answers from the
 * events recorded so far (in the same transaction as the new event's insert).
 */
public interface CustodyState {

	/** When the item first appeared (created, harvested, received from outside). */
	Optional<Instant> firstSeen(String item);

	/** The possessing party that last received the item, if any receipt is known. */
	Optional<String> holder(String item);

	/** Where the item's shipments go that no receipt at that place has followed yet. */
	Set<String> pendingDestinations(String item);

	/** True once an event declared the item destroyed. */
	boolean destroyed(String item);

	/** How much of the item exists (created or received), and how much transformations used up. */
	BigDecimal created(String item);

	BigDecimal consumed(String item);

	/** The container the item was last packed into and not unpacked from. */
	Optional<String> container(String item);

	/** Whether master data knows the party, location or product (GTIN). */
	boolean knownParty(String uri);

	boolean knownLocation(String uri);

	boolean knownProduct(String gtin);
}
