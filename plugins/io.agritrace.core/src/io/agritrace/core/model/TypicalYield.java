package io.agritrace.core.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import io.agritrace.core.epcis.BizSteps;

/**
 * The yield a transformation of a kind of product usually has: its outputs'
 * mass as a share of its inputs', in percent. Each figure names where it
 * comes from in docs/reference/jilin/supply_chains.md, whose labels it keeps.
 */
public enum TypicalYield {
	/** Harvest moisture of 18–22 % (typical, unsourced) dried to 14.5 % [S38]: 78/85.5 to 82/85.5 (derived). */
	PADDY_DRYING(BizSteps.DRYING, "rice", "91", "96"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Paddy 100 → milled rice about 68–72 (typical, unsourced). */
	RICE_MILLING(BizSteps.MILLING, "rice", "68", "72"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Fresh roots about 70 % water [S43] to red ginseng below 14 % [S42]: 30–35 (derived). */
	RED_GINSENG_DRYING(BizSteps.DRYING, "ginseng", "30", "35"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** The same, recorded as the red-ginseng step. */
	RED_GINSENG(BizSteps.RED_GINSENG, "ginseng", "30", "35"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Fresh : dry black fungus about 10–13 : 1 [S50]: 7.7–10. */
	FUNGUS_DRYING(BizSteps.DRYING, "fungus", "7.7", "10"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Dry : fresh antler about 1 : 2.5 [S51][S52], i.e. about 40. */
	ANTLER_DRYING(BizSteps.DRYING, "deer", "35", "45"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Live cattle → hot carcass, dressing about 55–58 (typical, unsourced; comparators [S44][S45]). */
	CATTLE_DRESSING(BizSteps.KILLING, "cattle", "55", "58"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Carcass → boneless cuts: 42–46 of live weight over 55–58 of it (derived). */
	CATTLE_BONING(BizSteps.SLAUGHTER_CUTTING, "cattle", "72", "84"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String bizStep;
	private final String category;
	private final BigDecimal from;
	private final BigDecimal to;

	TypicalYield(String bizStep, String category, String from, String to) {
		this.bizStep = bizStep;
		this.category = category;
		this.from = new BigDecimal(from);
		this.to = new BigDecimal(to);
	}

	/**
	 * The typical yield of a step (its URI or short name) making a product of a
	 * category (rice, ginseng, ...), where one is known.
	 */
	public static Optional<TypicalYield> of(String bizStep, String category) {
		String step = BizSteps.shortName(bizStep);
		return Arrays.stream(values())
				.filter(y -> BizSteps.shortName(y.bizStep).equals(step) && y.category.equals(category)).findFirst();
	}

	/** Whether the table knows the step (its URI or short name) for some category of product. */
	public static boolean tabled(String bizStep) {
		String step = BizSteps.shortName(bizStep);
		return Arrays.stream(values()).anyMatch(y -> BizSteps.shortName(y.bizStep).equals(step));
	}

	/** Whether the table knows the category (rice, ginseng...) for some step. */
	public static boolean tabledCategory(String category) {
		return Arrays.stream(values()).anyMatch(y -> y.category.equals(category));
	}

	/** The lowest typical yield, in percent. */
	public BigDecimal from() {
		return from;
	}

	/** The highest typical yield, in percent. */
	public BigDecimal to() {
		return to;
	}

	public boolean typical(BigDecimal percent) {
		return percent.compareTo(from) >= 0 && percent.compareTo(to) <= 0;
	}

	/** The range as people write it, e.g. "68–72 %". */
	public String range() {
		return from.toPlainString() + "–" + to.toPlainString() + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
