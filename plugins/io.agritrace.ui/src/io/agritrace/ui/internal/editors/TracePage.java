package io.agritrace.ui.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import io.agritrace.service.LotStory;

/**
 * A page of the Batch editor that shows the editor's {@link LotStory}. The
 * editor creates a page's controls when it is first shown, and reads the model
 * in a Job: whichever comes second fills the page.
 */
abstract class TracePage extends FormPage {

	private LotStory model;
	private boolean created;

	TracePage(BatchEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	protected final void createFormContent(IManagedForm form) {
		form.getForm().setText(getTitle());
		form.getToolkit().decorateFormHeading(form.getForm().getForm());
		create(form);
		created = true;
		if (model != null) {
			show(model);
		}
	}

	/** Creates the page's controls in the form's body. */
	abstract void create(IManagedForm form);

	/** Shows the model in the page's controls, on the UI thread. */
	abstract void show(LotStory trace);

	/** Hears each model read, whether the page exists or not: for work a page can start before it is first shown. */
	void read(LotStory trace) {
		// Most pages have nothing to prepare.
	}

	/**
	 * Lays a page's one control over its whole body. The size hint keeps the
	 * scrolled form from growing to every row instead of the control scrolling.
	 */
	static <C extends Control> C fillBody(C control) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(control.getParent());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(control);
		return control;
	}

	/** The viewer whose selection is the editor's while this page is in front, or null. */
	ISelectionProvider selectionProvider() {
		return null;
	}

	/** The model has been read (again): shown at once if the page exists, or when it is created. */
	final void update(LotStory trace) {
		model = trace;
		read(trace);
		if (created && !getManagedForm().getForm().isDisposed()) {
			show(trace);
			// The texts changed size: lay the whole body out again, not only its top level.
			getManagedForm().getForm().getBody().layout(true, true);
			getManagedForm().reflow(true);
		}
	}

	final boolean created() {
		return created;
	}
}
