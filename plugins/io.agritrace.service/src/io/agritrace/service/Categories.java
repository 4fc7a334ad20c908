package io.agritrace.service;

import java.util.Locale;
import java.util.Map;

/**
 * Product categories as people read them. The catalogue keeps a category as a
 * short English code ("rice", "edible fungus"); the ones Jilin's products use
 * have names in both languages, any other shows as its code.
 */
public final class Categories {

	private static final Map<String, Texts> NAMES = Map.of( //
			"grain", Texts.Category_grain, //$NON-NLS-1$
			"rice", Texts.Category_rice, //$NON-NLS-1$
			"ginseng", Texts.Category_ginseng, //$NON-NLS-1$
			"cattle", Texts.Category_cattle, //$NON-NLS-1$
			"corn", Texts.Category_corn, //$NON-NLS-1$
			"soybean", Texts.Category_soybean, //$NON-NLS-1$
			"edible fungus", Texts.Category_edibleFungus, //$NON-NLS-1$
			"deer products", Texts.Category_deerProducts); //$NON-NLS-1$

	private Categories() {
	}

	/** The category's name in the language; its code when it has none; "No category" for none. */
	public static String name(String category, Locale language) {
		if (category == null || category.isBlank()) {
			return Texts.Category_none.text(language);
		}
		Texts name = NAMES.get(category);
		return name == null ? category : name.text(language);
	}

	/** The code of the category a person typed or chose by its name in the language; other text is taken as a code. */
	public static String code(String typed, Locale language) {
		String name = typed.strip();
		return NAMES.entrySet().stream().filter(e -> e.getValue().text(language).equals(name)).map(Map.Entry::getKey)
				.findFirst().orElse(name);
	}
}
