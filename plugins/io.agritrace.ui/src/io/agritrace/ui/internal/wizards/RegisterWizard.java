package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * Registers one record from one {@link RecordPage}. Finish writes it off the
 * UI thread (the dialog shows progress meanwhile) under the store's write
 * rule; when the store refuses it, the page says why and stays open.
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
		return true;
	}
}
