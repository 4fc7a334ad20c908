package io.agritrace.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;

/** The item a drop-down of records has selected. */
final class WizardChoices {

	private WizardChoices() {
	}

	/** @throws FieldError naming the field when nothing is chosen */
	static <T> T chosen(Combo combo, List<T> items, String field, FieldGrid grid) {
		int index = combo.getSelectionIndex();
		if (index < 0 || index >= items.size()) {
			throw new FieldError(field, NLS.bind(Messages.Wizard_choose, grid.label(field)));
		}
		return items.get(index);
	}

	/** The items of an optional field: "(none)" first, then the names, as {@link #optional} reads them. */
	static String[] withNone(List<String> names) {
		List<String> items = new ArrayList<>(List.of(Messages.Wizard_none));
		items.addAll(names);
		return items.toArray(String[]::new);
	}

	/** The item chosen, or null when the optional field is left at "(none)", its first entry. */
	static <T> T optional(Combo combo, List<T> items) {
		int index = combo.getSelectionIndex() - 1;
		return index < 0 || index >= items.size() ? null : items.get(index);
	}
}
