package io.agritrace.ui.internal.editors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.LotNames;

/**
 * What the Batch editor's pages show, read in one Job: the trace, its custody
 * events per day, the recall (with the holders' telephones), who holds how much of the lot where (empty
 * once it is used up, sold or destroyed), display names of the lot's product and
 * of the lots, places and parties in the trace, and each event's anchor as the
 * store recorded it.
 */
record TraceModel(Trace trace, Map<LocalDate, Integer> perDay, RecallImpact recall, List<CustodyChain.Stop> onHand,
		Optional<String> productName, Map<String, String> names, Map<String, String> contacts,
		Map<EventHashId, OutboxRepository.Anchor> anchors) {

	static TraceModel read(TraceStore store, String code) {
		Trace trace = store.traces().trace(code);
		Map<LocalDate, Integer> perDay = store.events().countPerDay(code);
		RecallImpact recall = RecallImpact.of(trace);
		List<CustodyChain.Stop> onHand = trace.custody().onHand();
		Locale language = DisplayLanguage.current();
		Optional<String> productName = Identifiers.gtin(code)
				.flatMap(gtin -> store.masterData().productName(gtin, language));
		Map<String, String> names = new HashMap<>();
		store.batches().find(code).map(ProductBatch::producer)
				.ifPresent(producer -> names.put(producer, store.masterData().partyName(producer, language)));
		for (CustodyChain.Stop stop : onHand) {
			if (stop.party() != null) {
				names.computeIfAbsent(stop.party(), p -> store.masterData().partyName(p, language));
			}
		}
		for (EpcisEvent e : trace.all().events()) {
			for (String place : new String[] { e.bizLocation(), e.readPoint() }) {
				if (place != null) {
					names.computeIfAbsent(place, p -> store.masterData().locationName(p, language));
				}
			}
		}
		for (var lineage : List.of(trace.upstream(), trace.downstream())) {
			for (LineageEdge edge : lineage.edges()) {
				names.computeIfAbsent(edge.from(), lot -> LotNames.of(store, lot, language));
				names.computeIfAbsent(edge.to(), lot -> LotNames.of(store, lot, language));
			}
		}
		Map<String, String> contacts = new HashMap<>();
		for (RecallImpact.Recipient r : recall.recipients()) {
			names.computeIfAbsent(r.item(), lot -> LotNames.of(store, lot, language));
			if (r.party() != null) {
				names.computeIfAbsent(r.party(), p -> store.masterData().partyName(p, language));
				store.masterData().contact(r.party()).ifPresent(phone -> contacts.put(r.party(), phone));
			}
			if (r.location() != null) {
				names.computeIfAbsent(r.location(), p -> store.masterData().locationName(p, language));
			}
		}
		Map<EventHashId, OutboxRepository.Anchor> anchors = store.outbox()
				.anchors(trace.all().events().stream().map(EpcisEvent::hashId).toList());
		return new TraceModel(trace, perDay, recall, onHand, productName, names, contacts, anchors);
	}

	String name(String uri) {
		return uri == null ? "" : names.getOrDefault(uri, uri); //$NON-NLS-1$
	}
}
