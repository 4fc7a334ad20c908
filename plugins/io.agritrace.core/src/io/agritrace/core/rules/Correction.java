package io.agritrace.core.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;

/**
 * The correction of a stored event, the CBV 2.0 way: the original is never
 * edited but declared erroneous, with the reason and the corrective event
 * that replaces it (none when it did not occur at all).
 *
 * @param original   the stored event
 * @param reason     {@link #INCORRECT_DATA} or {@link #DID_NOT_OCCUR}
 * @param corrective the event as it should have been, or null
 * @param declared   when the error is declared
 */
public record Correction(EpcisEvent original, String reason, EpcisEvent corrective, OffsetDateTime declared) {

	/** CBV 2.0 error reasons (GS1 CBV §7.5). */
	public static final String INCORRECT_DATA = "incorrect_data"; //$NON-NLS-1$
	public static final String DID_NOT_OCCUR = "did_not_occur"; //$NON-NLS-1$

	/** The original with its errorDeclaration: the same hash ID, so it marks the stored event. */
	public EpcisEvent declaration() {
		return EventBuilder.copyOf(original).errorDeclaration(declared, reason, corrective == null ? null : corrective.hashId()).build();
	}

	/** The events to store, in order: the declaration first, so that the rules judge the corrective event without the original. */
	public List<EpcisEvent> events() {
		return corrective == null ? List.of(declaration()) : List.of(declaration(), corrective);
	}

	/** What makes the correction itself wrong, whatever the store holds; empty when nothing does. */
	public List<RuleViolation> problems() {
		List<RuleViolation> problems = new ArrayList<>();
		if (!INCORRECT_DATA.equals(reason) && !DID_NOT_OCCUR.equals(reason)) {
			problems.add(new RuleViolation("reason", String.valueOf(reason), //$NON-NLS-1$
					RuleTexts.Correction_unknownReason.with(reason)));
		} else if (INCORRECT_DATA.equals(reason) && corrective == null) {
			problems.add(new RuleViolation("correctiveEventIDs", "", RuleTexts.Correction_noCorrective.with())); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (DID_NOT_OCCUR.equals(reason) && corrective != null) {
			problems.add(new RuleViolation("correctiveEventIDs", corrective.hashId().toString(), //$NON-NLS-1$
					RuleTexts.Correction_didNotOccurWithCorrective.with()));
		}
		if (corrective != null && corrective.hashId().equals(original.hashId())) {
			problems.add(new RuleViolation("correctiveEventIDs", corrective.hashId().toString(), //$NON-NLS-1$
					RuleTexts.Correction_unchanged.with()));
		}
		return problems;
	}
}
