package io.agritrace.core.rules;

import java.util.Optional;

import io.agritrace.core.trace.CustodyChain;

/**
 * What is known about items before an event: the store answers from the
 * events recorded so far (in the same transaction as the new event's insert).
 */
public interface CustodyState {

	/** What is known of the item, or empty when no event named it yet. */
	Optional<ItemHistory> history(String item);

	/** The item's custody from the events recorded so far: who holds how much where, what is on its way. */
	CustodyChain custody(String item);

	/** The container the item was last packed into and not unpacked from. */
	Optional<String> container(String item);

	/** Whether master data knows the party, location or product (GTIN). */
	boolean knownParty(String uri);

	boolean knownLocation(String uri);

	boolean knownProduct(String gtin);

	/** The category of a registered product (rice, ginseng, cattle...), or empty when it is not known. */
	Optional<String> category(String gtin);
}
