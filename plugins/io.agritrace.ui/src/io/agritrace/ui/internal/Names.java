package io.agritrace.ui.internal;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Party;

/** Bilingual names in the user's language; a name given only in Chinese shows in Chinese. */
public final class Names {

	private Names() {
	}

	public static String of(String nameZh, String nameEn) {
		return nameEn == null ? nameZh : DisplayLanguage.pick(DisplayLanguage.current(), nameZh, nameEn);
	}

	/** A party's name, or its URI when it came from an imported document with none. */
	public static String of(Party party) {
		String name = of(party.nameZh(), party.nameEn());
		return name == null ? party.uri() : name;
	}
}
