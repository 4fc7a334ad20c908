package io.agritrace.ui.internal.editors;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import io.agritrace.service.LotStory;
import io.agritrace.service.LotVerdict;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreTopics;

/**
 * A page of the Batch editor that shows the editor's {@link LotStory}. The
 * editor creates a page's controls when it is first shown, and reads the model
 * in a Job: whichever comes second fills the page.
 */
abstract class TracePage extends FormPage {

	private LotStory model;
	private boolean created;
	/** What Verify on Chain last said of the lot, or null: every page that colours the lot shows the same. */
	private LotVerdict verdict;
	private final EventHandler verified = this::onVerified;

	TracePage(BatchEditor editor, String id, String title) {
		super(editor, id, title);
	}

	/** Listens from the start: the Chain page may verify the lot before this page is first shown. */
	@Override
	public void init(IEditorSite site, IEditorInput input) {
		super.init(site, input);
		site.getService(IEventBroker.class).subscribe(StoreTopics.VERIFIED, verified);
	}

	private void onVerified(Event event) {
		if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v
				&& v.lot().equals(((BatchEditorInput) getEditorInput()).batch().code())) {
			verdict = v.outcome();
			if (model != null) {
				verdictChanged(model);
			}
		}
	}

	/** The lot's last verdict from the chain, or null when none was heard. */
	final LotVerdict verdict() {
		return verdict;
	}

	/** Hears a new verdict on the lot once a model was read: for pages whose pictures colour it. */
	void verdictChanged(LotStory trace) {
		// Most pages show no verdict.
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

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(verified);
		super.dispose();
	}
}
