package io.agritrace.store.internal;

import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.text.Message;

/**
 * What happens to an event just before it is written: stored as it is,
 * stored with the rule it breaks (an import that flags), or refused, which
 * stops the write and takes back everything of it.
 */
@FunctionalInterface
public interface EventGate {

	/** Stores every event as it is (data made here, already checked). */
	EventGate ACCEPT_ALL = event -> Verdict.ACCEPT;

	Verdict check(EpcisEvent event);

	/** A gate's decision. */
	sealed interface Verdict permits Accept, Flag, Refuse {
		Verdict ACCEPT = new Accept();
	}

	/** Stored as it is. */
	record Accept() implements Verdict {
	}

	/** Stored, with the rules it breaks: their codes and arguments. */
	record Flag(List<Message> rules) implements Verdict {
	}

	/** Not stored: the write stops with this reason. */
	record Refuse(RuntimeException reason) implements Verdict {
	}
}
