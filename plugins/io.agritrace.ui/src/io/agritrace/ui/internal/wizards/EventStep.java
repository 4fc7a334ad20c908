package io.agritrace.ui.internal.wizards;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;

/** The business steps the Record Event wizard records, each with the page of the fields it needs. */
enum EventStep {
	SHIPPING(BizSteps.SHIPPING, Messages.EventStep_shipping),
	RECEIVING(BizSteps.RECEIVING, Messages.EventStep_receiving),
	TRANSFORMATION(null, Messages.EventStep_transformation),
	INSPECTING(BizSteps.INSPECTING, Messages.EventStep_inspecting),
	STORING(BizSteps.STORING, Messages.EventStep_storing),
	PACKING(BizSteps.PACKING, Messages.EventStep_packing),
	RETAIL_SELLING(BizSteps.RETAIL_SELLING, Messages.EventStep_retailSelling),
	DESTROYING(BizSteps.DESTROYING, Messages.EventStep_destroying);

	/** The CBV business step; null for a transformation, whose kind its page asks. */
	private final String bizStep;
	private final String description;

	EventStep(String bizStep, String description) {
		this.bizStep = bizStep;
		this.description = description;
	}

	String label() {
		return bizStep == null ? Messages.EventStep_transformationLabel : StepNames.of(bizStep, WorkbenchLanguage.current());
	}

	/** Who records it and what it says, one sentence. */
	String description() {
		return description;
	}
}
