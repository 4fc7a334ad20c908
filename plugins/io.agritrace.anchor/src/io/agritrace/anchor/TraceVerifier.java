package io.agritrace.anchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.OutboxState;
import io.agritrace.store.StoredEvent;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

/**
 * Verifies a lot's whole trace: recomputes every event's hash ID from the
 * database and compares it with the one recorded, then asks the chain for all
 * their anchors in one query, and for every anchor recorded for the trace's
 * lots in another, so that an event deleted from the database is found too.
 * Or verifies every stored event, a page at a time. Either keeps its verdicts
 * in the store.
 */
public final class TraceVerifier {

	/** Events read and verified at a time by {@link #verifyAll}. */
	private static final int PAGE = 1_000;

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
		List<Verification> verdicts = judge(events, anchors);
		Map<EventHashId, AnchorRecord> anchoredForLots = ledger.anchorsOfBatches(items);
		anchoredForLots.keySet().removeAll(anchors.keySet());
		List<VerdictRepository.Missing> missing = new ArrayList<>();
		anchoredForLots.values().stream().sorted(Comparator.comparing(AnchorRecord::blockNumber)).forEach(anchor -> {
			verdicts.add(new Verification(anchor.hashId(), Verification.State.NOT_IN_DATABASE, anchor.blockNumber(),
					anchor.transaction()));
			missing.add(new VerdictRepository.Missing(anchor.hashId(), item, anchor.blockNumber().longValue()));
		});
		record(verdicts, missing);
		return verdicts;
	}

	/**
	 * Every stored event, a page at a time, against its anchor: what the
	 * dashboard's share of verified records and the credit profiles count.
	 * Events deleted from the database are found by the verification of a lot.
	 *
	 * @param progress told how many events were verified so far; false stops
	 * @return how many events were verified, by verdict
	 */
	public Map<Verification.State, Integer> verifyAll(IntPredicate progress) throws ChainException {
		Map<Verification.State, Integer> counts = new EnumMap<>(Verification.State.class);
		long after = 0;
		int done = 0;
		for (List<StoredEvent> page = store.events().after(after, PAGE); !page.isEmpty(); page = store.events()
				.after(after, PAGE)) {
			List<Verification> verdicts = judge(page, ledger.anchors(page.stream().map(e -> e.event().hashId()).toList()));
			record(verdicts, List.of());
			verdicts.forEach(v -> counts.merge(v.state(), 1, Integer::sum));
			after = page.get(page.size() - 1).id();
			done += page.size();
			if (!progress.test(done)) {
				break;
			}
		}
		return counts;
	}

	/**
	 * These stored events (by the store's id) against their anchors, a page of
	 * neighbouring ids at a time: what an anchoring round just anchored.
	 *
	 * @return how many were verified, by verdict
	 */
	public Map<Verification.State, Integer> verifyEvents(Collection<Long> eventIds) throws ChainException {
		Map<Verification.State, Integer> counts = new EnumMap<>(Verification.State.class);
		NavigableSet<Long> wanted = new TreeSet<>(eventIds);
		while (!wanted.isEmpty()) {
			long first = wanted.first();
			// Ids are unique: the events from the first wanted to the PAGE-th hold at most that span.
			long last = wanted.stream().limit(PAGE).reduce((a, b) -> b).orElseThrow();
			List<StoredEvent> page = store.events().after(first - 1, (int) Math.min(PAGE, last - first + 1));
			long reached = page.isEmpty() ? last : page.get(page.size() - 1).id();
			List<StoredEvent> events = page.stream().filter(e -> wanted.contains(e.id())).toList();
			if (!events.isEmpty()) {
				List<Verification> verdicts = judge(events, ledger.anchors(events.stream().map(e -> e.event().hashId()).toList()));
				record(verdicts, List.of());
				verdicts.forEach(v -> counts.merge(v.state(), 1, Integer::sum));
			}
			wanted.headSet(reached, true).clear();
		}
		return counts;
	}

	/** Each event's verdict, given the anchors on chain of these events. */
	private List<Verification> judge(List<StoredEvent> events, Map<EventHashId, AnchorRecord> anchors) {
		Map<EventHashId, OutboxRepository.Anchor> outbox = store.outbox()
				.anchors(events.stream().map(e -> e.event().hashId()).toList());
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
				OutboxRepository.Anchor waiting = outbox.get(hashId);
				state = waiting != null && waiting.state() != OutboxState.ANCHORED ? Verification.State.PENDING
						: Verification.State.NOT_ON_CHAIN;
			}
			verdicts.add(new Verification(hashId, state, anchor == null ? null : anchor.blockNumber(),
					anchor == null ? null : anchor.transaction()));
		}
		return verdicts;
	}

	/** Keeps the verdicts of stored events and the missing ones in the store. */
	private void record(List<Verification> verdicts, List<VerdictRepository.Missing> missing) {
		Map<EventHashId, VerdictRepository.Verdict> stored = new LinkedHashMap<>();
		for (Verification v : verdicts) {
			if (v.state() != Verification.State.NOT_IN_DATABASE) {
				stored.put(v.hashId(), VerdictRepository.Verdict.valueOf(v.state().name()));
			}
		}
		store.verdicts().record(stored, missing, Instant.now());
	}
}
