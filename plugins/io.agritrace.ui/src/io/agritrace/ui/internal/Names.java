package io.agritrace.ui.internal;

import io.agritrace.core.model.DisplayLanguage;

/** Bilingual names in the user's language; a name given only in Chinese shows in Chinese. */
public final class Names {

	private Names() {
	}

	public static String of(String nameZh, String nameEn) {
		return nameEn == null ? nameZh : DisplayLanguage.pick(DisplayLanguage.current(), nameZh, nameEn);
	}
}
