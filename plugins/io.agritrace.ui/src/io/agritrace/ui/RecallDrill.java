package io.agritrace.ui;

import java.time.Instant;

/** A part that can run a mock-recall drill on its lot: the Batch editor, for the guided scenario. */
public interface RecallDrill {

	/** Shows the lot's recall with a drill's clock running from {@code chosen}, the moment the lot was chosen. */
	void startRecallDrill(Instant chosen);

	/** Ends a running drill without logging it and clears its clock, as if it had not started. */
	void stopRecallDrill();
}
