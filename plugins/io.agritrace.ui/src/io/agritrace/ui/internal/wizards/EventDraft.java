package io.agritrace.ui.internal.wizards;

import java.io.IOException;

import io.agritrace.core.model.ValidationException;

/**
 * What a step page describes, finished off the UI thread: the files it names
 * (a data-logger export, an inspection report) are read only then.
 */
@FunctionalInterface
interface EventDraft {

	/**
	 * @throws ValidationException naming the field whose file breaks a rule
	 * @throws IOException         when a file cannot be read
	 */
	EventRecord complete() throws IOException;
}
