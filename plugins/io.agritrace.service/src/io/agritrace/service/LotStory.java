package io.agritrace.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.OutboxRepository;

/**
 * A lot's story as every front end tells it: its trace, its events per day,
 * who holds how much of it where, the recall of it, and each event's anchor as
 * the store recorded it, with everything it names named in one language.
 *
 * @param batch       the registered batch, if the lot is one
 * @param perDay      how many events named it on each local day
 * @param onHand      where some of it is now, with who holds how much (empty once used up, sold or destroyed)
 * @param inTransit   its shipments still on their way, with where they are bound
 * @param productName the catalogue's name of its product in the story's language, if known
 * @param names       display names of the lots, places and parties the story names
 * @param contacts    the telephones of the recall's holders
 * @param anchors     each event's anchor state as the store recorded it
 */
public record LotStory(String code, Optional<ProductBatch> batch, Trace trace, Map<LocalDate, Integer> perDay,
		List<CustodyChain.Stop> onHand, List<CustodyChain.Transit> inTransit, RecallImpact recall, Optional<String> productName,
		Map<String, String> names, Map<String, String> contacts, Map<EventHashId, OutboxRepository.Anchor> anchors) {

	/** The display name of a lot, place or party the story names; its URI otherwise; empty for none. */
	public String name(String uri) {
		return uri == null ? "" : names.getOrDefault(uri, uri); //$NON-NLS-1$
	}
}
