package io.agritrace.service;

import java.util.Locale;

import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;

/** How a form lists master data to choose from: a site with its county, a product with its GTIN. */
public final class Labels {

	private Labels() {
	}

	public static String party(Party p, Locale language) {
		return p.name(language);
	}

	/** "稻田  (梅河口市)": the site and its county. */
	public static String site(Location l, Locale language) {
		String name = l.name(language);
		return l.division() == null ? name : name + "  (" + Divisions.name(l.division(), language) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "梅河大米  06901234000030": the product and its GTIN. */
	public static String product(Product p, Locale language) {
		return p.name(language) + "  " + p.gtin(); //$NON-NLS-1$
	}
}
