package io.agritrace.ui.internal.wizards;

import io.agritrace.core.model.Party;

/** Whom the event is recorded for and which business step it is. */
record StepChoice(Party actor, EventStep step) {
}
