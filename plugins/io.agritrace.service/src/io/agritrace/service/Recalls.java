package io.agritrace.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.agritrace.core.trace.RecallImpact;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.store.TraceStore;

/**
 * Recalls as every front end lists them: every place the lot or anything made
 * from it reached, with its holder by name and telephone, the kilograms that
 * came and those still held; and mock-recall drills, timed and logged.
 */
public final class Recalls {

	/**
	 * One recipient of a recall, named in the list's language.
	 *
	 * @param contact the holder's telephone, or empty
	 */
	public record Line(RecallImpact.Recipient recipient, String party, String contact, String location, String lot) {
	}

	/** A lot's recall and its lines, most kilograms first. */
	public record RecallList(String lot, RecallImpact impact, List<Line> lines) {
	}

	private final TraceStore store;

	public Recalls(TraceStore store) {
		this.store = store;
	}

	/** The recall of the lot with this canonical code, its lines named in the language. */
	public RecallList list(String lot, Locale language) {
		RecallImpact impact = store.traces().recall(lot);
		Naming naming = new Naming(store, language);
		List<Line> lines = impact.recipients().stream().map(r -> new Line(r, naming.party(r.party()),
				naming.contact(r.party()).orElse(""), naming.location(r.location()), naming.lot(r.item()))).toList(); //$NON-NLS-1$
		return new RecallList(lot, impact, lines);
	}

	/**
	 * Logs a mock-recall drill: from when the lot was chosen to when its list
	 * was exported, with what the list counted.
	 */
	public RecallDrillRepository.Drill logDrill(RecallImpact recall, Instant started, Instant finished) {
		RecallDrillRepository.Drill drill = new RecallDrillRepository.Drill(recall.lot(), started, finished,
				recall.recipients().size(), recall.parties().size(), recall.heldKg());
		store.drills().record(drill);
		return drill;
	}
}
