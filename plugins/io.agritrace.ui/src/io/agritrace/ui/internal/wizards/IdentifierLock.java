package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Shows an edited record's identifiers as they are, read-only, with the
 * sentence that says why: events refer to the record by them.
 */
final class IdentifierLock {

	private IdentifierLock() {
	}

	/**
	 * @param reason      the sentence shown under the last identifier
	 * @param identifiers the fields that keep their values
	 */
	static void lock(FieldGrid grid, String reason, Text... identifiers) {
		for (Text identifier : identifiers) {
			identifier.setEditable(false);
			// GTK draws a read-only field as an editable one: the dialog's colour says it is not.
			identifier.setBackground(identifier.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		}
		Label gap = new Label(grid.body(), SWT.NONE);
		Label note = new Label(grid.body(), SWT.WRAP);
		note.setText(reason);
		note.setForeground(note.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		Text last = identifiers[identifiers.length - 1];
		// As wide as the fields, so that the sentence wraps under them rather than widening the page.
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0)
				.hint(((GridData) last.getLayoutData()).widthHint, SWT.DEFAULT).applyTo(note);
		gap.moveBelow(last);
		note.moveBelow(gap);
	}
}
