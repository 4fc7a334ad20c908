package io.agritrace.core.model;

/**
 * How each kind of Jilin product must be kept: the storage band its
 * temperatures are checked against, or none where it keeps dry at ambient
 * temperature, with where the figure comes from. Sources are those of
 * docs/reference/jilin/README.md; "(typical, unsourced)" keeps that file's label.
 */
public enum StorageRequirement {
	/** Low-temperature grain storage at 15 °C or below [S39]. */
	PADDY(StorageBand.LOW_TEMPERATURE_GRAIN, "[S39]"), //$NON-NLS-1$
	/** Kept as paddy is in store [S39]; shipped ambient and dry (typical, unsourced). */
	MILLED_RICE(StorageBand.LOW_TEMPERATURE_GRAIN, "[S39]"), //$NON-NLS-1$
	/** Grain in store, as paddy (typical, unsourced). */
	CORN(StorageBand.LOW_TEMPERATURE_GRAIN, "(typical, unsourced)"), //$NON-NLS-1$
	/** Grain in store, as paddy (typical, unsourced). */
	SOYBEANS(StorageBand.LOW_TEMPERATURE_GRAIN, "(typical, unsourced)"), //$NON-NLS-1$
	/** Cool and moist, 0–5 °C if held (typical, unsourced). */
	FRESH_GINSENG(StorageBand.COOL, "(typical, unsourced)"), //$NON-NLS-1$
	/** Below 14 % moisture, sealed, ambient [S42]: no band. */
	RED_GINSENG(null, "[S42]"), //$NON-NLS-1$
	/** Live animals: no band. */
	LIVE_CATTLE(null, "-"), //$NON-NLS-1$
	/** Carcass core at 0–4 °C within 24 h and kept there [S46]. */
	CHILLED_BEEF(StorageBand.CHILLED, "[S46]"), //$NON-NLS-1$
	/** At −18 °C or below (typical, unsourced). */
	FROZEN_BEEF(StorageBand.FROZEN, "(typical, unsourced)"), //$NON-NLS-1$
	/** Dried to about 13 % moisture, kept dry and ventilated at ambient temperature [S50]: no band. */
	BLACK_FUNGUS(null, "[S50]"), //$NON-NLS-1$
	/** Frozen at −15 to −20 °C until processed [S52]; the frozen band's −18 °C is the nearest. */
	FRESH_ANTLER(StorageBand.FROZEN, "[S52]"), //$NON-NLS-1$
	/** Dry antler sealed, cold storage at 0–5 °C suggested [S51]. */
	DRY_ANTLER(StorageBand.COOL, "[S51]"); //$NON-NLS-1$

	private final StorageBand band;
	private final String source;

	StorageRequirement(StorageBand band, String source) {
		this.band = band;
		this.source = source;
	}

	/** The band its temperatures must keep to, or null when none applies. */
	public StorageBand band() {
		return band;
	}

	/** Where the figure comes from, as docs/reference/jilin/README.md numbers its sources. */
	public String source() {
		return source;
	}
}
