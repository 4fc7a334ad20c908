package io.agritrace.service;

import java.util.Locale;
import java.util.Map;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.rules.Correction;

/** Names of business steps, dispositions and CBV error reasons as people read them; unknown ones show as they are. */
public final class StepNames {

	private static final Map<String, Texts> NAMES = Map.ofEntries( //
			Map.entry(BizSteps.COMMISSIONING, Texts.Step_commissioning),
			Map.entry(BizSteps.shortName(BizSteps.HARVESTING), Texts.Step_harvesting),
			Map.entry(BizSteps.shortName(BizSteps.DRYING), Texts.Step_drying),
			Map.entry(BizSteps.shortName(BizSteps.MILLING), Texts.Step_milling),
			Map.entry(BizSteps.shortName(BizSteps.SLAUGHTER_CUTTING), Texts.Step_cutting),
			Map.entry(BizSteps.shortName(BizSteps.RED_GINSENG), Texts.Step_redGinseng),
			Map.entry(BizSteps.KILLING, Texts.Step_killing),
			Map.entry(BizSteps.INSPECTING, Texts.Step_inspecting),
			Map.entry(BizSteps.PACKING, Texts.Step_packing),
			Map.entry(BizSteps.SHIPPING, Texts.Step_shipping),
			Map.entry(BizSteps.RECEIVING, Texts.Step_receiving),
			Map.entry(BizSteps.STORING, Texts.Step_storing),
			Map.entry(BizSteps.RETAIL_SELLING, Texts.Step_retailSelling),
			Map.entry(BizSteps.DESTROYING, Texts.Step_destroying),
			Map.entry("conformant", Texts.Disposition_conformant), //$NON-NLS-1$
			Map.entry("non_conformant", Texts.Disposition_nonConformant), //$NON-NLS-1$
			Map.entry("in_transit", Texts.Disposition_inTransit), //$NON-NLS-1$
			Map.entry("in_progress", Texts.Disposition_inProgress), //$NON-NLS-1$
			Map.entry("active", Texts.Disposition_active), //$NON-NLS-1$
			Map.entry("retail_sold", Texts.Disposition_retailSold), //$NON-NLS-1$
			Map.entry("destroyed", Texts.Disposition_destroyed), //$NON-NLS-1$
			Map.entry(Correction.INCORRECT_DATA, Texts.Reason_incorrectData),
			Map.entry(Correction.DID_NOT_OCCUR, Texts.Reason_didNotOccur));

	private StepNames() {
	}

	/** The name of a step (by its short name), a disposition or an error reason; empty for none. */
	public static String of(String value, Locale language) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		Texts name = NAMES.get(value);
		return name == null ? value : name.text(language);
	}
}
