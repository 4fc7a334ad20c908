package io.agritrace.core.rules;

import java.util.Optional;
import java.util.Set;

/**
 * What is known about items before an event: the store answers from the
 * events recorded so far (in the same transaction as the new event's insert).
 */
public interface CustodyState {

	/** What is known of the item, or empty when no event named it yet. */
	Optional<ItemHistory> history(String item);

	/** The possessing party that last received the item, if any receipt is known. */
	Optional<String> holder(String item);

	/** Where the item's shipments go that no receipt at that place has followed yet. */
	Set<String> pendingDestinations(String item);

	/** The container the item was last packed into and not unpacked from. */
	Optional<String> container(String item);

	/** Whether master data knows the party, location or product (GTIN). */
	boolean knownParty(String uri);

	boolean knownLocation(String uri);

	boolean knownProduct(String gtin);
}
