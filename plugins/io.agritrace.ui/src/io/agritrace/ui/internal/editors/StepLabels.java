package io.agritrace.ui.internal.editors;

import java.util.Map;

import io.agritrace.ui.internal.Messages;

/** Display names of business steps and dispositions; unknown ones show as they are. */
final class StepLabels {

	private static final Map<String, String> LABELS = Map.ofEntries( //
			Map.entry("commissioning", Messages.Step_commissioning), //$NON-NLS-1$
			Map.entry("harvesting", Messages.Step_harvesting), //$NON-NLS-1$
			Map.entry("drying", Messages.Step_drying), //$NON-NLS-1$
			Map.entry("milling", Messages.Step_milling), //$NON-NLS-1$
			Map.entry("cutting", Messages.Step_cutting), //$NON-NLS-1$
			Map.entry("killing", Messages.Step_killing), //$NON-NLS-1$
			Map.entry("inspecting", Messages.Step_inspecting), //$NON-NLS-1$
			Map.entry("packing", Messages.Step_packing), //$NON-NLS-1$
			Map.entry("shipping", Messages.Step_shipping), //$NON-NLS-1$
			Map.entry("receiving", Messages.Step_receiving), //$NON-NLS-1$
			Map.entry("storing", Messages.Step_storing), //$NON-NLS-1$
			Map.entry("retail_selling", Messages.Step_retailSelling), //$NON-NLS-1$
			Map.entry("conformant", Messages.Disposition_conformant), //$NON-NLS-1$
			Map.entry("non_conformant", Messages.Disposition_nonConformant), //$NON-NLS-1$
			Map.entry("in_transit", Messages.Disposition_inTransit), //$NON-NLS-1$
			Map.entry("in_progress", Messages.Disposition_inProgress), //$NON-NLS-1$
			Map.entry("active", Messages.Disposition_active), //$NON-NLS-1$
			Map.entry("retail_sold", Messages.Disposition_retailSold)); //$NON-NLS-1$

	private StepLabels() {
	}

	static String of(String value) {
		return value == null ? "" : LABELS.getOrDefault(value, value); //$NON-NLS-1$
	}
}
