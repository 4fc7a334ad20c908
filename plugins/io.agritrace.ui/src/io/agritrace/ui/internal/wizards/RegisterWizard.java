package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * Registers one record from one {@link RecordPage}. Finish writes it off the
 * UI thread (the dialog shows progress meanwhile) under the store's write
 * rule; when the store refuses it, the page says why and stays open. Once
 * stored, the workbench's status line says so, as Eclipse's wizards do.
 *
 * @param <T> the record
 */
abstract class RegisterWizard<T> extends Wizard implements INewWizard {

	private final String topic;
	private RecordPage<T> page;
	private WorkspaceStore store;
	private IWorkbench workbench;

	/** @param topic the {@link StoreTopics} topic that a stored record is posted on */
	RegisterWizard(String title, String topic) {
		this.topic = topic;
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		workbench = bench;
		store = bench.getService(WorkspaceStore.class);
	}

	protected final WorkspaceStore store() {
		return store;
	}

	protected final IWorkbench workbench() {
		return workbench;
	}

	/** The page whose record Finish stores. */
	protected abstract RecordPage<T> createPage();

	/** Writes the record; runs off the UI thread. */
	protected abstract void save(TraceStore trace, T record);

	/** After the record is stored, on the UI thread. */
	protected void stored(T record) {
	}

	/** What the status line says once the record is stored, e.g. "Registered the organisation …"; null says nothing. */
	protected String registered(T record) {
		return null;
	}

	@Override
	public final void addPages() {
		page = createPage();
		addPage(page);
	}

	@Override
	public final boolean performFinish() {
		T record = page.value();
		if (!WizardWrites.write(getContainer(), page, store, trace -> save(trace, record))) {
			return false;
		}
		StoreTopics.post(topic, WorkspaceStore.workspace().toString());
		stored(record);
		say(registered(record));
		return true;
	}

	/** In the status line of the part the user works in, where Eclipse says what a command did. */
	private void say(String message) {
		IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		IWorkbenchPart part = active == null ? null : active.getActivePart();
		if (message == null || part == null) {
			return;
		}
		IActionBars bars = switch (part.getSite()) {
		case IViewSite view -> view.getActionBars();
		case IEditorSite editor -> editor.getActionBars();
		default -> null;
		};
		if (bars != null) {
			bars.getStatusLineManager().setMessage(message);
		}
	}
}
