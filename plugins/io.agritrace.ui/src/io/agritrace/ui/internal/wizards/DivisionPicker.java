package io.agritrace.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Combo;

import io.agritrace.core.model.Divisions.Division;
import io.agritrace.core.model.Divisions;
import io.agritrace.ui.WorkbenchLanguage;

/** A GB/T 2260 picker of Jilin's prefectures and, indented below them, counties; the first choice is none. */
final class DivisionPicker {

	private final List<String> codes = new ArrayList<>();
	private final Combo combo;

	DivisionPicker(FieldGrid grid, String field, String label) {
		List<String> items = new ArrayList<>();
		codes.add(null);
		items.add(Messages.Wizard_none);
		Locale language = WorkbenchLanguage.current();
		for (Division d : Divisions.all()) {
			if (!"province".equals(d.level())) { //$NON-NLS-1$
				boolean prefecture = d.code().endsWith("00"); //$NON-NLS-1$
				codes.add(d.code());
				items.add((prefecture ? "" : "\u3000") + Divisions.withCode(d.code(), language)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		combo = grid.choice(field, label, items);
		combo.select(0);
	}

	/** The chosen code, or null. */
	String code() {
		return combo.getSelectionIndex() < 0 ? null : codes.get(combo.getSelectionIndex());
	}

	void select(String code) {
		combo.select(Math.max(0, codes.indexOf(code)));
	}
}
