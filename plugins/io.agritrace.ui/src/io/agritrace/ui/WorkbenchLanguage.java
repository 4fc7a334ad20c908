package io.agritrace.ui;

import java.util.Locale;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.ui.WorkbenchLanguage;

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
}
