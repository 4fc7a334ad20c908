package io.agritrace.core.model;

import java.util.Locale;

/** Which of AgriTrace's two languages names are shown in (the launcher's -nl sets it). */
public final class DisplayLanguage {

	private DisplayLanguage() {
	}

	/** Simplified Chinese when the default locale is Chinese, else English. */
	public static Locale current() {
		return isChinese(Locale.getDefault()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public static boolean isChinese(Locale language) {
		return Locale.CHINESE.getLanguage().equals(language.getLanguage());
	}

	/** The Chinese or the English form of a bilingual name, as the language asks. */
	public static <T> T pick(Locale language, T chinese, T english) {
		return isChinese(language) ? chinese : english;
	}

	/** A bilingual name in the language; one given only in Chinese is shown in Chinese. */
	public static String name(Locale language, String chinese, String english) {
		return english == null ? chinese : pick(language, chinese, english);
	}
}
