package io.agritrace.service;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.rules.Correction;
import io.agritrace.store.EventRepository;
import io.agritrace.store.TraceStore;

/** Corrects a stored event by its hash ID: its error declaration and corrective event in one transaction. */
public final class Corrections {

	private final TraceStore store;

	public Corrections(TraceStore store) {
		this.store = store;
	}

	/**
	 * Declares the stored event erroneous for the CBV reason and records the
	 * corrective event, if any, under the custody rules.
	 *
	 * @return empty when no event with this hash ID is stored
	 * @throws io.agritrace.store.RulesBrokenException when the correction breaks a rule; nothing is written
	 */
	public Optional<EventRepository.Saved> correct(EventHashId original, String reason, EpcisEvent corrective,
			OffsetDateTime declared) {
		return store.events().find(original).map(stored -> store.importer()
				.correct(new Correction(stored.event(), reason, corrective, declared)));
	}
}
