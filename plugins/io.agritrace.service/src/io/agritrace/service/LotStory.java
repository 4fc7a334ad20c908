package io.agritrace.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.Finding;
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
 * @param altered     the events that the last verification on chain found altered since they were anchored
 */
public record LotStory(String code, Optional<ProductBatch> batch, Trace trace, Map<LocalDate, Integer> perDay,
		List<CustodyChain.Stop> onHand, List<CustodyChain.Transit> inTransit, RecallImpact recall, Optional<String> productName,
		Map<String, String> names, Map<String, String> contacts, Map<EventHashId, OutboxRepository.Anchor> anchors,
		Set<EventHashId> altered) {

	/**
	 * A warning of the trace as a sentence that names events by their step, place
	 * and time, and the hash IDs it is about, for a tooltip or a details pane.
	 */
	public record Warning(String text, List<String> hashIds) {
	}

	/** The display name of a lot, place or party the story names; its URI otherwise; empty for none. */
	public String name(String uri) {
		return uri == null ? "" : names.getOrDefault(uri, uri); //$NON-NLS-1$
	}

	/**
	 * True when a record of the lot at the place was altered after it was anchored, as the last verification found:
	 * what the story tells of the lot there (the kilograms received) is not what was recorded.
	 */
	public boolean altered(String item, String location) {
		return !altered.isEmpty() && trace.all().events().stream()
				.anyMatch(e -> altered.contains(e.hashId()) && e.mentions(item) && Objects.equals(location, e.bizLocation()));
	}

	/** The event of the trace with this hash ID, if the trace has it. */
	public Optional<EpcisEvent> event(EventHashId hashId) {
		return trace.all().events().stream().filter(e -> e.hashId().equals(hashId)).findFirst();
	}

	/** Who acted in the event, by name ({@link EventLabels#party}); empty when the event names nobody. */
	public String who(EpcisEvent e) {
		return name(EventLabels.party(e, trace.operators()));
	}

	/** The event by its step, place and time ({@link EventLabels#describe}), in the story's names. */
	public String describe(EpcisEvent e, Locale language) {
		return EventLabels.describe(e, this::name, language);
	}

	/**
	 * The trace's warnings as sentences: the events they are about and quote
	 * by step, place and time instead of hash ID, parties, places and lots by
	 * name, error reasons in words.
	 */
	public List<Warning> warnings(Locale language) {
		Map<String, EpcisEvent> events = new HashMap<>();
		trace.all().events().forEach(e -> events.put(e.hashId().toString(), e));
		List<String> quoted = new ArrayList<>();
		UnaryOperator<String> names = s -> {
			EpcisEvent event = events.get(s);
			if (event != null) {
				quoted.add(s);
				return describe(event, language);
			}
			String word = StepNames.of(s, language);
			return word.equals(s) ? name(s) : word;
		};
		List<Warning> warnings = new ArrayList<>();
		for (Finding f : trace.findings()) {
			quoted.clear();
			String subject = names.apply(f.subject());
			String text = new Finding(subject, f.named(names).messages()).text(language);
			warnings.add(new Warning(text, List.copyOf(quoted)));
		}
		return warnings;
	}
}
