package io.agritrace.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

/** Reads a lot's story: what the Batch editor's pages, {@code trace} and the exports show of it. */
public final class LotStories {

	private final TraceStore store;

	public LotStories(TraceStore store) {
		this.store = store;
	}

	/** The story of the lot with this canonical code, named in the language. */
	public LotStory read(String code, Locale language) {
		Trace trace = store.traces().trace(code);
		Map<LocalDate, Integer> perDay = store.events().countPerDay(code);
		RecallImpact recall = RecallImpact.of(trace);
		CustodyChain custody = trace.custody();
		List<CustodyChain.Stop> onHand = custody.onHand();
		Optional<ProductBatch> batch = store.batches().find(code);
		Naming naming = new Naming(store, language);
		Map<String, String> names = new HashMap<>();
		batch.map(ProductBatch::producer).ifPresent(producer -> names.put(producer, naming.party(producer)));
		for (CustodyChain.Stop stop : custody.stops()) {
			if (stop.party() != null) {
				names.computeIfAbsent(stop.party(), naming::party);
			}
			if (stop.location() != null) {
				names.computeIfAbsent(stop.location(), naming::location);
			}
		}
		for (CustodyChain.Transit transit : custody.transits()) {
			if (transit.toParty() != null) {
				names.computeIfAbsent(transit.toParty(), naming::party);
			}
			if (transit.toLocation() != null) {
				names.computeIfAbsent(transit.toLocation(), naming::location);
			}
		}
		for (EpcisEvent e : trace.all().events()) {
			for (String place : new String[] { e.bizLocation(), e.readPoint() }) {
				if (place != null) {
					names.computeIfAbsent(place, naming::location);
				}
			}
			String party = EventLabels.party(e, trace.operators());
			if (party != null) {
				names.computeIfAbsent(party, naming::party);
			}
		}
		for (var lineage : List.of(trace.upstream(), trace.downstream())) {
			for (LineageEdge edge : lineage.edges()) {
				names.computeIfAbsent(edge.from(), naming::lot);
				names.computeIfAbsent(edge.to(), naming::lot);
			}
		}
		Map<String, String> contacts = new HashMap<>();
		for (RecallImpact.Recipient r : recall.recipients()) {
			names.computeIfAbsent(r.item(), naming::lot);
			if (r.party() != null) {
				names.computeIfAbsent(r.party(), naming::party);
				naming.contact(r.party()).ifPresent(phone -> contacts.put(r.party(), phone));
			}
			if (r.location() != null) {
				names.computeIfAbsent(r.location(), naming::location);
			}
		}
		Map<EventHashId, OutboxRepository.Anchor> anchors = store.outbox()
				.anchors(trace.all().events().stream().map(EpcisEvent::hashId).toList());
		Set<EventHashId> altered = store.verdicts().incidents().stream().filter(i -> !i.missing())
				.map(VerdictRepository.Incident::hashId).filter(anchors::containsKey).collect(Collectors.toSet());
		return new LotStory(code, batch, trace, perDay, onHand, custody.transits(), recall, naming.product(code), names, contacts, anchors,
				altered);
	}
}
