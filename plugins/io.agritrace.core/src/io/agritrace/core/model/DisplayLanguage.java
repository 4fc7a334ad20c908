package io.agritrace.core.model;

import java.util.Locale;

/** Which of AgriTrace's two languages names are shown in (the launcher's -nl sets it). */
public final class DisplayLanguage {

	private DisplayLanguage() {
	}

	/** True for Chinese, false for English. */
	public static boolean chinese() {
		return "zh".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}
}
