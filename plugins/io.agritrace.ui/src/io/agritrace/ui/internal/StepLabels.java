package io.agritrace.ui.internal;

import java.util.Map;

import io.agritrace.core.epcis.BizSteps;

/** Display names of business steps and dispositions; unknown ones show as they are. */
public final class StepLabels {

	private static final Map<String, String> LABELS = Map.ofEntries( //
			Map.entry(BizSteps.COMMISSIONING, Messages.Step_commissioning),
			Map.entry(BizSteps.shortName(BizSteps.HARVESTING), Messages.Step_harvesting),
			Map.entry(BizSteps.shortName(BizSteps.DRYING), Messages.Step_drying),
			Map.entry(BizSteps.shortName(BizSteps.MILLING), Messages.Step_milling),
			Map.entry(BizSteps.shortName(BizSteps.SLAUGHTER_CUTTING), Messages.Step_cutting),
			Map.entry(BizSteps.shortName(BizSteps.RED_GINSENG), Messages.Step_redGinseng),
			Map.entry(BizSteps.KILLING, Messages.Step_killing),
			Map.entry(BizSteps.INSPECTING, Messages.Step_inspecting),
			Map.entry(BizSteps.PACKING, Messages.Step_packing),
			Map.entry(BizSteps.SHIPPING, Messages.Step_shipping),
			Map.entry(BizSteps.RECEIVING, Messages.Step_receiving),
			Map.entry(BizSteps.STORING, Messages.Step_storing),
			Map.entry(BizSteps.RETAIL_SELLING, Messages.Step_retailSelling),
			Map.entry(BizSteps.DESTROYING, Messages.Step_destroying),
			Map.entry("conformant", Messages.Disposition_conformant), //$NON-NLS-1$
			Map.entry("non_conformant", Messages.Disposition_nonConformant), //$NON-NLS-1$
			Map.entry("in_transit", Messages.Disposition_inTransit), //$NON-NLS-1$
			Map.entry("in_progress", Messages.Disposition_inProgress), //$NON-NLS-1$
			Map.entry("active", Messages.Disposition_active), //$NON-NLS-1$
			Map.entry("retail_sold", Messages.Disposition_retailSold), //$NON-NLS-1$
			Map.entry("destroyed", Messages.Disposition_destroyed)); //$NON-NLS-1$

	private StepLabels() {
	}

	public static String of(String value) {
		return value == null ? "" : LABELS.getOrDefault(value, value); //$NON-NLS-1$
	}
}
