package io.agritrace.ui.internal.wizards;

import java.io.IOException;

/**
 * What a step page describes, finished off the UI thread: the files it names
 * (a data-logger export, an inspection report) are read only then.
 */
@FunctionalInterface
interface EventDraft {

	/**
	 * @throws FieldError   naming the field whose file breaks a rule
	 * @throws IOException         when a file cannot be read
	 */
	EventRecord complete() throws IOException;
}
