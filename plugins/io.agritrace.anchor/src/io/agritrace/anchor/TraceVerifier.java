package io.agritrace.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.OutboxState;
import io.agritrace.store.StoredEvent;
import io.agritrace.store.TraceStore;

/**
 * Verifies a lot's whole trace: recomputes every event's hash ID from the
 * database and compares it with the one recorded, then asks the chain for all
 * their anchors in one query, and for every anchor recorded for the trace's
 * lots in another, so that an event deleted from the database is found too.
 */
public final class TraceVerifier {

	private final TraceStore store;
	private final AnchorLedger ledger;

	public TraceVerifier(TraceStore store, AnchorLedger ledger) {
		this.store = store;
		this.ledger = ledger;
	}

	/**
	 * A verdict for every event of the trace of {@code item}, oldest first, then
	 * one for every event anchored for its lots that the database does not hold.
	 */
	public List<Verification> verify(String item) throws ChainException {
		Trace trace = store.traces().trace(item);
		Set<String> items = new LinkedHashSet<>();
		items.add(item);
		items.addAll(trace.upstream().items(true));
		items.addAll(trace.downstream().items(false));
		List<StoredEvent> events = store.events().forItems(items);
		Map<EventHashId, AnchorRecord> anchors = ledger.anchors(events.stream().map(e -> e.event().hashId()).toList());
		List<Verification> verdicts = new ArrayList<>();
		for (StoredEvent stored : events) {
			EventHashId hashId = stored.event().hashId();
			AnchorRecord anchor = anchors.get(hashId);
			Verification.State state;
			if (!stored.isIntact()) {
				state = Verification.State.MISMATCH;
			} else if (anchor != null) {
				state = Verification.State.VERIFIED;
			} else {
				OutboxState outboxState = store.outbox().state(hashId);
				boolean waiting = outboxState != null && outboxState != OutboxState.ANCHORED;
				state = waiting ? Verification.State.PENDING : Verification.State.NOT_ON_CHAIN;
			}
			verdicts.add(new Verification(hashId, state, anchor == null ? null : anchor.blockNumber(),
					anchor == null ? null : anchor.transaction()));
		}
		Map<EventHashId, AnchorRecord> anchoredForLots = ledger.anchorsOfBatches(items);
		anchoredForLots.keySet().removeAll(anchors.keySet());
		anchoredForLots.values().stream().sorted(Comparator.comparing(AnchorRecord::blockNumber))
				.forEach(anchor -> verdicts.add(new Verification(anchor.hashId(), Verification.State.NOT_IN_DATABASE,
						anchor.blockNumber(), anchor.transaction())));
		return verdicts;
	}
}
