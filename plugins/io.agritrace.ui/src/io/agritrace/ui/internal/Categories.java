package io.agritrace.ui.internal;

import java.util.Map;

/**
 * Product categories as people read them. The catalogue keeps a category as a
 * short English code ("rice", "edible fungus"); the ones Jilin's products use
 * have names in both languages, any other shows as its code.
 */
public final class Categories {

	private static final Map<String, String> NAMES = Map.of( //
			"grain", Messages.Category_grain, //$NON-NLS-1$
			"rice", Messages.Category_rice, //$NON-NLS-1$
			"ginseng", Messages.Category_ginseng, //$NON-NLS-1$
			"cattle", Messages.Category_cattle, //$NON-NLS-1$
			"corn", Messages.Category_corn, //$NON-NLS-1$
			"soybean", Messages.Category_soybean, //$NON-NLS-1$
			"edible fungus", Messages.Category_edibleFungus, //$NON-NLS-1$
			"deer products", Messages.Category_deerProducts); //$NON-NLS-1$

	private Categories() {
	}

	/** The category's name in the user's language; its code when it has none; "No category" for none. */
	public static String name(String category) {
		if (category == null || category.isBlank()) {
			return Messages.Category_none;
		}
		return NAMES.getOrDefault(category, category);
	}
}
