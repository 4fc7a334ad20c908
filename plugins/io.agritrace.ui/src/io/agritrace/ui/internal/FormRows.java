package io.agritrace.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Keeps rows of a scrolled form's grid body as wide as the form shows: the
 * form measures such a body at the grid's own preferred width, so a row that
 * could wrap (the filters, the buttons) instead widened the body past the
 * form's right edge, with no scroll bar in sight. Each row needs grid data.
 */
public final class FormRows {

	private FormRows() {
	}

	/** A row of the grid body whose controls wrap onto further lines where the form is narrow; give it to {@link #follow}. */
	public static Composite wrapping(FormToolkit toolkit, Composite body, int spacing) {
		Composite row = toolkit.createComposite(body);
		RowLayout layout = new RowLayout();
		layout.center = true;
		layout.marginLeft = layout.marginTop = layout.marginRight = layout.marginBottom = 0;
		layout.spacing = spacing;
		row.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		return row;
	}

	/**
	 * @param margins the body's margins left and right together
	 * @param rows    the body's rows that wrap or narrow to fit
	 */
	public static void follow(ScrolledForm form, int margins, Control... rows) {
		form.addListener(SWT.Resize, e -> {
			int width = form.getClientArea().width - margins;
			boolean changed = false;
			for (Control row : rows) {
				GridData data = (GridData) row.getLayoutData();
				if (width > 0 && data.widthHint != width) {
					data.widthHint = width;
					changed = true;
				}
			}
			if (changed) {
				form.getBody().layout(true, true);
				form.reflow(true);
			}
		});
	}
}
