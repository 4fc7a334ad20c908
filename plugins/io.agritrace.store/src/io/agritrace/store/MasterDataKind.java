package io.agritrace.store;

/** The three kinds of master data, each in its own table under its own key. */
public enum MasterDataKind {
	/** An organisation, keyed by the URI events name it by. */
	PARTY("party", "uri"), //$NON-NLS-1$ //$NON-NLS-2$
	/** A site, keyed by the URI events name it by. */
	LOCATION("location", "uri"), //$NON-NLS-1$ //$NON-NLS-2$
	/** A product of the catalogue, keyed by its GTIN-14. */
	PRODUCT("product", "gtin"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String table;
	private final String key;

	MasterDataKind(String table, String key) {
		this.table = table;
		this.key = key;
	}

	String table() {
		return table;
	}

	String keyColumn() {
		return key;
	}
}
