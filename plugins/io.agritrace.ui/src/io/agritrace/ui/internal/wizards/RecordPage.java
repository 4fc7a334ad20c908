package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

import io.agritrace.core.model.ValidationException;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A wizard page whose fields describe one record, checked as the user types:
 * the first broken rule is the page's error and marks its field, and the page
 * is complete only when the record is valid.
 *
 * @param <T> the record
 */
abstract class RecordPage<T> extends WizardPage {

	/** Wide enough that a rule's message fits the title area on one line, in Chinese too. */
	private static final int FIELD_WIDTH_CHARS = 80;

	private FieldGrid fields;
	private T value;
	private boolean edited;
	private boolean filling = true;

	RecordPage(String name, String title, String description) {
		super(name, title, null);
		setDescription(description);
	}

	@Override
	public final void createControl(Composite parent) {
		initializeDialogUnits(parent);
		ProgressRoom.onlyWhileShown(parent);
		// The fields scroll where the display is shorter than they need: the shipping page's date and time at 1280 × 800.
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setShowFocusedControl(true);
		fields = new FieldGrid(scroller, this::edited, convertWidthInCharsToPixels(FIELD_WIDTH_CHARS));
		createFields(fields);
		scroller.setContent(fields.body());
		// Before it is shown, its whole size sizes the dialog, with room for the scroll bar that a short display shows
		// (at 1280 × 800 the bar covered the fields' right edge: "Browse…" was cut); shown, only its height at the width
		// it has, never wider.
		Listener measure = e -> {
			int width = scroller.getClientArea().width;
			if (width > 0) {
				scroller.setMinSize(0, fields.body().computeSize(width, SWT.DEFAULT).y);
			} else {
				Point whole = fields.body().computeSize(SWT.DEFAULT, SWT.DEFAULT);
				scroller.setMinSize(scroller.computeTrim(0, 0, whole.x, whole.y).width, whole.y);
			}
		};
		measure.handleEvent(null);
		scroller.addListener(SWT.Resize, measure);
		// A field that shows or hides (a lot list open while it has the focus) changes the height the fields need.
		onShowOrHide(fields.body(), measure);
		setControl(scroller);
		filling = false;
		check();
	}

	private static void onShowOrHide(Control control, Listener listener) {
		control.addListener(SWT.Show, listener);
		control.addListener(SWT.Hide, listener);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				onShowOrHide(child, listener);
			}
		}
	}

	/** Adds the page's fields; changes to them re-check the page. */
	protected abstract void createFields(FieldGrid grid);

	/**
	 * The record the fields describe.
	 *
	 * @throws ValidationException naming the first field that breaks a rule of core's validators
	 * @throws FieldError          naming the first field that fails a check of the form's own
	 */
	protected abstract T read();

	protected final FieldGrid fields() {
		return fields;
	}

	/** The valid record; only while the page is complete. */
	final T value() {
		return value;
	}

	/** Checks the fields again, as after a change (for values the page loaded itself). */
	protected final void check() {
		try {
			value = read();
			fields.mark(null, null);
			setErrorMessage(null);
			setPageComplete(true);
		} catch (ValidationException e) {
			refused(e.field(), e.rule(WorkbenchLanguage.current()));
		} catch (FieldError e) {
			refused(e.field(), e.getMessage());
		}
	}

	/** Marks the field with the rule; a new form does not scold: errors show once the user has typed. */
	private void refused(String field, String rule) {
		value = null;
		fields.mark(edited ? field : null, rule);
		setErrorMessage(edited ? rule : null);
		if (edited) {
			TitleMessage.fit(getShell(), rule);
		}
		setPageComplete(false);
	}

	/** A new record on the same page: like a new form, it does not scold until the user types. */
	protected final void restart() {
		edited = false;
	}

	/** Scrolls the fields back to their first, which a new record starts with. */
	protected final void showTop() {
		((ScrolledComposite) getControl()).setOrigin(0, 0);
	}

	/** Sets fields as the page proposes them (not as the user typed), then checks. */
	protected final void fill(Runnable change) {
		boolean outer = !filling;
		filling = true;
		try {
			change.run();
		} finally {
			filling = !outer;
		}
		if (outer) {
			check();
		}
	}

	private void edited() {
		if (!filling) {
			edited = true;
			check();
		}
	}
}
