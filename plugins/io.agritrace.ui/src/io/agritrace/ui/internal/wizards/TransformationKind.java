package io.agritrace.ui.internal.wizards;

import java.math.BigDecimal;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.ui.internal.StepLabels;

/**
 * The transformations a Jilin processor records, with the yield (outputs as a
 * share of the inputs' mass) that is typical of each, where one is
 * (docs/reference/jilin/supply_chains.md says where each comes from); drying depends on the product.
 */
enum TransformationKind {
	MILLING(BizSteps.MILLING, 68, 72), // paddy → milled rice
	DRYING(BizSteps.DRYING, 0, 0),
	KILLING(BizSteps.KILLING, 55, 58), // live cattle → hot carcass (dressing)
	CUTTING(BizSteps.SLAUGHTER_CUTTING, 76, 84), // carcass → boneless cuts
	RED_GINSENG(BizSteps.RED_GINSENG, 30, 35); // fresh roots → red ginseng

	private final String bizStep;
	private final BigDecimal typicalFrom;
	private final BigDecimal typicalTo;

	TransformationKind(String bizStep, int typicalFrom, int typicalTo) {
		this.bizStep = bizStep;
		this.typicalFrom = BigDecimal.valueOf(typicalFrom);
		this.typicalTo = BigDecimal.valueOf(typicalTo);
	}

	String bizStep() {
		return bizStep;
	}

	String label() {
		return StepLabels.of(BizSteps.shortName(bizStep));
	}

	boolean hasTypicalYield() {
		return typicalTo.signum() > 0;
	}

	/** The typical range in percent, e.g. "68–72 %". */
	String typicalYield() {
		return typicalFrom + "–" + typicalTo + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	boolean typical(BigDecimal percent) {
		return !hasTypicalYield() || percent.compareTo(typicalFrom) >= 0 && percent.compareTo(typicalTo) <= 0;
	}
}
