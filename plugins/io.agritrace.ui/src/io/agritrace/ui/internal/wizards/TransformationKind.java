package io.agritrace.ui.internal.wizards;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;

/** The transformations a Jilin processor records; their typical yields are core's {@link io.agritrace.core.model.TypicalYield}. */
enum TransformationKind {
	MILLING(BizSteps.MILLING), DRYING(BizSteps.DRYING), KILLING(BizSteps.KILLING), CUTTING(BizSteps.SLAUGHTER_CUTTING),
	RED_GINSENG(BizSteps.RED_GINSENG);

	private final String bizStep;

	TransformationKind(String bizStep) {
		this.bizStep = bizStep;
	}

	String bizStep() {
		return bizStep;
	}

	String label() {
		return StepNames.of(BizSteps.shortName(bizStep), WorkbenchLanguage.current());
	}
}
