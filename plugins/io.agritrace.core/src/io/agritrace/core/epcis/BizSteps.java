package io.agritrace.core.epcis;

/**
 * Business steps: CBV 2.0's own wherever one fits, and AgriTrace's farm steps
 * where CBV has none, in a namespace of their own (as GDST extends CBV for
 * seafood) so that no bare value is mistaken for a CBV term.
 */
public final class BizSteps {

	/** Namespace of AgriTrace's own steps; the short name follows it. */
	public static final String FARM = "urn:agritrace:bizstep:"; //$NON-NLS-1$

	public static final String HARVESTING = FARM + "harvesting"; //$NON-NLS-1$
	public static final String DRYING = FARM + "drying"; //$NON-NLS-1$
	public static final String MILLING = FARM + "milling"; //$NON-NLS-1$
	public static final String RED_GINSENG = FARM + "red_ginseng"; //$NON-NLS-1$
	public static final String SLAUGHTER_CUTTING = FARM + "cutting"; //$NON-NLS-1$

	// CBV 2.0's own steps, by the short name events carry (GS1 CBV 2.0 §7.1).
	public static final String COMMISSIONING = "commissioning"; //$NON-NLS-1$
	public static final String INSPECTING = "inspecting"; //$NON-NLS-1$
	public static final String STORING = "storing"; //$NON-NLS-1$
	public static final String KILLING = "killing"; //$NON-NLS-1$
	public static final String PACKING = "packing"; //$NON-NLS-1$
	public static final String SHIPPING = "shipping"; //$NON-NLS-1$
	public static final String RECEIVING = "receiving"; //$NON-NLS-1$
	public static final String RETAIL_SELLING = "retail_selling"; //$NON-NLS-1$
	public static final String DESTROYING = "destroying"; //$NON-NLS-1$

	private BizSteps() {
	}

	/** "shipping" for CBV's shipping, "harvesting" for ours, else the value. */
	public static String shortName(String bizStep) {
		if (bizStep == null) {
			return null;
		}
		if (bizStep.startsWith(FARM)) {
			return bizStep.substring(FARM.length());
		}
		return Identifiers.cbvShortName(bizStep);
	}
}
