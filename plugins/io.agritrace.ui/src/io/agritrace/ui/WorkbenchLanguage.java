package io.agritrace.ui;

import java.util.Locale;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.text.Localized;

/**
 * The language the workbench speaks: the one it was started in ({@code -nl},
 * from Preferences > General), in which it asks the headless bundles for
 * their texts. The only place the workbench reads the JVM's locale.
 */
public final class WorkbenchLanguage {

	private WorkbenchLanguage() {
	}

	public static Locale current() {
		return DisplayLanguage.current();
	}

	/** What a failure says in the workbench's language: a {@link Localized} one's text, else its message. */
	public static String text(Throwable failure) {
		return failure instanceof Localized explained ? explained.text(current()) : failure.getMessage();
	}
}
