package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;

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
		fields = new FieldGrid(parent, this::edited, convertWidthInCharsToPixels(FIELD_WIDTH_CHARS));
		createFields(fields);
		setControl(fields.body());
		filling = false;
		check();
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
